import { auditCsv } from '#domain/audit/audit-csv';
import { auditExportSchema } from '#domain/audit/audit-query';
import { exportAudit } from '#domain/audit/audit-trail';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { auditReadPorts } from './adapters/audit-ports';

export const handler = signedInHandler(async (event, actor) => {
  const filters = parseQuery(event, auditExportSchema);
  const { entries, names } = await exportAudit(actor, filters, auditReadPorts);
  const bytes = auditCsv(entries, auditReadPorts.school.timeZone, names);
  const fileName = `journal-${auditReadPorts.today()}.csv`;
  return { status: 200, file: { bytes, contentType: 'text/csv; charset=utf-8', fileName } };
});
