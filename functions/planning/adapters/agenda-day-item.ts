import type { AgendaEntry } from '#domain/planning/agenda-entry';
import { planningKeys } from '#infra/definitions/school-table';

/** The occurrences a resource's day holds. */
export const entriesOfDay = (item: Record<string, unknown>): AgendaEntry[] =>
  Object.entries(item)
    .filter(([name]) => name.startsWith(planningKeys.entryPrefix))
    .map(([, entry]) => entry as AgendaEntry);
