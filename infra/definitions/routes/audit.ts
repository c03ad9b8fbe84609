import { auditExportSchema, auditQuerySchema } from '#domain/audit/audit-query';
import { auditSettingsSchema } from '#domain/audit/audit-settings';
import { apiModule, get, put, read, write } from './route';

const csv = 'text/csv; charset=utf-8';

// biome-ignore format: one line a route, the index of the module
export const auditRoutes = apiModule('audit', 'The audit trail of personal data, and how long it keeps its entries', [
  get('/api/audit', 'audit/list-audit', { needs: read, query: auditQuerySchema, summary: 'The audit trail, newest first, by period, action, actor or subject (school administrators)' }),
  get('/api/audit/export', 'audit/export-audit', { needs: read, query: auditExportSchema, download: csv, summary: 'The audit trail of a period as a CSV for French Excel' }),
  get('/api/settings/audit', 'audit/get-audit-settings', { needs: read, summary: 'How long the audit trail keeps its entries' }),
  put('/api/settings/audit', 'audit/update-audit-settings', { needs: write, body: auditSettingsSchema, summary: 'Changes how long the audit trail keeps the entries recorded from now on' }),
]);
