import type { AgendaEntry } from './agenda-entry';

/**
 * What a change of an activity does to the plannings: the occurrences no longer there (or changed) are removed,
 * the new (or changed) ones added; unchanged occurrences are not written again.
 */
export const entryChanges = (before: readonly AgendaEntry[], after: readonly AgendaEntry[]) => {
  const signature = (entry: AgendaEntry) => JSON.stringify(entry);
  const beforeSignatures = new Set(before.map(signature));
  const afterSignatures = new Set(after.map(signature));
  return {
    add: after.filter((entry) => !beforeSignatures.has(signature(entry))),
    remove: before.filter((entry) => !afterSignatures.has(signature(entry))),
  };
};
