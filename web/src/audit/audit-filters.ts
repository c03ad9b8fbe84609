import { type AuditAction, auditActions } from '#domain/audit/audit-entry';
import { queryOf } from '../shell/http/url-parts';

/** The filters of « Journal », as the form holds them: empty text is no filter. */
export interface AuditFilters {
  from: string;
  to: string;
  action: AuditAction | '';
  actor: string;
  subject: string;
}

export const noAuditFilters: AuditFilters = { from: '', to: '', action: '', actor: '', subject: '' };

/** The filters given, trimmed, as the export takes them. */
export const auditFilterQuery = (filters: AuditFilters) =>
  queryOf({
    from: filters.from,
    to: filters.to,
    action: filters.action,
    actor: filters.actor.trim(),
    subject: filters.subject.trim(),
  });

/** The query of a page of the trail: the filters, where the page starts, and its size. */
export const auditQuery = (filters: AuditFilters, cursor: string | null, limit = 50) => {
  const query = auditFilterQuery(filters);
  if (cursor) query.set('cursor', cursor);
  query.set('limit', String(limit));
  return query;
};

/** The filters in the page's address, so that a reload or a link keeps them; unknown values are dropped. */
export const auditFiltersFromSearch = (search: string): AuditFilters => {
  const query = new URLSearchParams(search);
  const action = query.get('action') ?? '';
  return {
    from: query.get('du') ?? '',
    to: query.get('au') ?? '',
    action: auditActions.includes(action as AuditAction) ? (action as AuditAction) : '',
    actor: query.get('auteur') ?? '',
    subject: query.get('objet') ?? '',
  };
};

export const searchOfAuditFilters = (filters: AuditFilters) => {
  const query = queryOf({
    du: filters.from,
    au: filters.to,
    action: filters.action,
    auteur: filters.actor.trim(),
    objet: filters.subject.trim(),
  }).toString();
  return query ? `?${query}` : '';
};

/** The export's file name for the filters: « journal-2026-12-06.csv », or the period it covers. */
export const exportFileName = (filters: AuditFilters, today: string) =>
  `journal-${filters.from || filters.to ? `${filters.from || 'debut'}-${filters.to || today}` : today}.csv`;
