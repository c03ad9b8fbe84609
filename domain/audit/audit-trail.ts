import { type Actor, fullName } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import type { DirectoryReader } from '#domain/people/directory-ports';
import { ValidationError } from '#domain/shared/errors';
import type { StoredAuditEntry } from './audit-entry';
import { type AuditFilters, type AuditQuery, type AuditSelection, selectionOf } from './audit-query';

export interface AuditPage {
  items: StoredAuditEntry[];
  /** Where the next page starts; null once the period is read to its first entry. */
  nextCursor: string | null;
}

export interface AuditReader {
  /** A page of entries, newest first: key and index look-ups only. */
  select(selection: AuditSelection, page: { limit: number; cursor?: string }): Promise<AuditPage>;
}

export interface AuditReadPorts {
  relations: Relations & Pick<DirectoryReader, 'people'>;
  trail: AuditReader;
  school: { timeZone: string };
  today(): string;
}

/** The trail, newest first, page by page: school administrators only. */
export const listAudit = async (actor: Actor, query: AuditQuery, ports: AuditReadPorts) => {
  await authorize(actor, 'audit:read', { kind: 'school' }, ports.relations);
  const selection = selectionOf(query, ports.today(), ports.school.timeZone);
  const page = await ports.trail.select(selection, {
    limit: query.limit,
    ...(query.cursor && { cursor: query.cursor }),
  });
  return { ...page, names: await namesOf(page.items, ports) };
};

/**
 * The names of the people an entry names, read when the trail is read (entries keep ids only), for its readers,
 * who may read everyone's record.
 */
const namesOf = async (entries: readonly StoredAuditEntry[], ports: AuditReadPorts) => {
  const ids = new Set(
    entries.flatMap(({ actor, subject }) =>
      [actor, subject].filter(({ kind }) => kind === 'person').map(({ id }) => id),
    ),
  );
  const people = ids.size > 0 ? await ports.relations.people([...ids]) : [];
  return Object.fromEntries(people.map((person) => [person.personId, fullName(person)]));
};

/** An export holds the whole period, within what a spreadsheet and a function's few seconds handle well. */
export const exportedEntriesAtMost = 10_000;

/** Every entry of the filters, newest first, for the CSV export. */
export const exportAudit = async (actor: Actor, filters: AuditFilters, ports: AuditReadPorts) => {
  await authorize(actor, 'audit:read', { kind: 'school' }, ports.relations);
  const selection = selectionOf(filters, ports.today(), ports.school.timeZone);
  const entries: StoredAuditEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await ports.trail.select(selection, { limit: 200, ...(cursor && { cursor }) });
    entries.push(...page.items);
    if (entries.length > exportedEntriesAtMost) {
      throw new ValidationError(
        'from',
        `gives more than ${exportedEntriesAtMost} entries: choose a shorter period or a filter`,
        'too_many_entries',
      );
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { entries, names: await namesOf(entries, ports) };
};
