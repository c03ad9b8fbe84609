import { describe, expect, it } from 'vitest';
import type { StoredAuditEntry } from '#domain/audit/audit-entry';
import {
  auditFilterQuery,
  auditFiltersFromSearch,
  auditQuery,
  exportFileName,
  noAuditFilters,
  searchOfAuditFilters,
} from '#web/src/audit/audit-filters';
import { entryRow } from '#web/src/audit/audit-text';
import { paths, routeOf } from '#web/src/routes';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'), 'Europe/Paris');
const english = createFormat(chooseLocale('en-GB'), 'Europe/Paris');

const renamed: StoredAuditEntry = {
  entryId: 'job-1.p-1',
  at: '2026-12-06T09:15:00.000Z',
  actor: { kind: 'import-job', id: 'job-1' },
  action: 'person.updated',
  subject: { kind: 'person', id: 'p-1' },
  details: { source: 'siecle', fields: ['lastName', 'classId'] },
  expiresAt: '2027-12-06T09:15:00.000Z',
};

describe('« Journal » in the portal', () => {
  it('words an entry in French and in English, at the school’s hour', () => {
    expect(entryRow(french, renamed)).toMatchObject({
      what: 'Personne modifiée',
      who: 'Import job-1',
      subject: 'Personne p-1',
      details: 'source\u202f: siecle · champs\u202f: lastName, classId',
    });
    expect(entryRow(french, renamed).when).toContain('10:15');
    expect(entryRow(english, renamed)).toMatchObject({
      what: 'Person changed',
      details: 'source: siecle · fields: lastName, classId',
    });
  });

  it('names a person by the name the API gives with the page, anything else by its kind and id', () => {
    const signedIn: StoredAuditEntry = {
      ...renamed,
      actor: { kind: 'person', id: 'p-1' },
      action: 'session.signed-in',
      details: {},
    };
    expect(entryRow(french, signedIn, { 'p-1': 'Inès Martin' })).toMatchObject({
      who: 'Inès Martin',
      subject: 'Inès Martin',
      details: '',
    });
    expect(entryRow(french, renamed, { 'p-1': 'Inès Martin' }).who).toBe('Import job-1');
  });

  it('keeps the filters in the address, and drops an action it does not know', () => {
    const filters = {
      ...noAuditFilters,
      from: '2026-12-01',
      action: 'feed.revoked' as const,
      actor: ' p-9 ',
    };
    const search = searchOfAuditFilters(filters);
    expect(search).toBe('?du=2026-12-01&action=feed.revoked&auteur=p-9');
    expect(auditFiltersFromSearch(search)).toEqual({ ...filters, actor: 'p-9' });
    expect(auditFiltersFromSearch('?action=drop-table').action).toBe('');
    expect(auditFilterQuery(filters).toString()).toBe('from=2026-12-01&action=feed.revoked&actor=p-9');
    expect(auditQuery(filters, 'abc').toString()).toBe(
      'from=2026-12-01&action=feed.revoked&actor=p-9&cursor=abc&limit=50',
    );
    expect(exportFileName(filters, '2026-12-06')).toBe('journal-2026-12-01-2026-12-06.csv');
    expect(exportFileName(noAuditFilters, '2026-12-06')).toBe('journal-2026-12-06.csv');
  });

  it('has its address', () => {
    expect(routeOf(paths.audit, '?du=2026-12-01')).toEqual({ page: 'audit' });
  });
});
