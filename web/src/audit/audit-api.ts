import type { StoredAuditEntry } from '#domain/audit/audit-entry';
import type { AuditSettings } from '#domain/audit/audit-settings';
import { ApiError } from '../shell/http/api-errors';
import { readJson } from '../shell/http/exchange';
import type { GetJson, SendJson } from '../shell/http/json-calls';
import { type AuditFilters, auditFilterQuery, auditQuery } from './audit-filters';

export interface AuditPage {
  items: StoredAuditEntry[];
  nextCursor: string | null;
  /** The names of the people the entries name, by id. */
  names: Record<string, string>;
}

/** The calls of « Journal »: the trail page by page, its CSV, and how long it is kept. */
export const auditApi = (
  getJson: GetJson,
  putJson: SendJson,
  fetchSignedIn: (path: string, init?: RequestInit) => Promise<Response>,
) => ({
  auditPage: (filters: AuditFilters, cursor: string | null, signal?: AbortSignal) =>
    getJson<AuditPage>(`/api/audit?${auditQuery(filters, cursor)}`, signal),

  /** The CSV of the filters, as a file to save: the call carries the access token, a plain link could not. */
  auditExport: async (filters: AuditFilters): Promise<Blob> => {
    const response = await fetchSignedIn(`/api/audit/export?${auditFilterQuery(filters)}`);
    if (!response.ok) await readJson(response);
    if (!response.ok) throw new ApiError(response.status, '');
    return response.blob();
  },

  auditSettings: (signal?: AbortSignal) => getJson<AuditSettings>('/api/settings/audit', signal),

  saveAuditSettings: (settings: AuditSettings) => putJson<AuditSettings>('/api/settings/audit', settings),
});
