import type { AuditDetails, AuditParty, StoredAuditEntry } from '#domain/audit/audit-entry';
import type { Format } from '../shell/i18n/format';

/** An action as the reader's language names it; an action newer than the page shows its code. */
export const actionText = (format: Format, action: string) => {
  const labels = format.messages.audit.actions;
  return Object.hasOwn(labels, action) ? labels[action as keyof typeof labels] : action;
};

/** Who acted or what an entry is about: a person by name when known, anything else by its kind and id. */
export const partyText = (
  format: Format,
  party: AuditParty,
  names: Readonly<Record<string, string>> = {},
) => {
  if (party.kind === 'person' && Object.hasOwn(names, party.id)) return names[party.id] as string;
  const kinds = format.messages.audit.parties;
  const kind = Object.hasOwn(kinds, party.kind) ? kinds[party.kind as keyof typeof kinds] : party.kind;
  return `${kind} ${party.id}`;
};

/** An entry's details on one line: `fields: lastName, firstName · source: siecle`, field names translated. */
export const detailsText = (format: Format, details: AuditDetails) => {
  const names = format.messages.audit.details;
  return Object.entries(details)
    .map(([key, value]) => {
      const name = Object.hasOwn(names, key) ? names[key as keyof typeof names] : key;
      return format.fill(format.messages.audit.detail, {
        name,
        value: Array.isArray(value) ? value.join(', ') : String(value),
      });
    })
    .join(' · ');
};

/** The row of an entry, ready to show: when in the school's zone, what, who, on what, and details. */
export const entryRow = (
  format: Format,
  entry: StoredAuditEntry,
  names: Readonly<Record<string, string>> = {},
) => ({
  key: `${entry.at}#${entry.entryId}`,
  when: format.instant(entry.at),
  what: actionText(format, entry.action),
  who: partyText(format, entry.actor, names),
  subject: partyText(format, entry.subject, names),
  details: detailsText(format, entry.details),
});
