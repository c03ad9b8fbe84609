import type { AgendaEntry, AgendaItem } from './agenda-entry';
import { occurrenceKey } from './occurrences';
import { withOverlaps } from './planning-conflict';
import { exclusiveResourcesOf } from './resource-days';

/**
 * Each occurrence of a day with the other activities it overlaps on a place, a person, a class or a piece of
 * equipment they share: a teacher planned in two rooms at once is a conflict of both, though neither room is
 * double-booked. The entries are those of one day, each once.
 */
export const withSharedResourceOverlaps = (entries: readonly AgendaEntry[]): AgendaItem[] => {
  const sharing = new Map<string, AgendaEntry[]>();
  for (const entry of entries) {
    for (const { kind, id } of exclusiveResourcesOf(entry)) {
      const key = `${kind}#${id}`;
      sharing.set(key, [...(sharing.get(key) ?? []), entry]);
    }
  }
  const overlapped = new Map<string, Set<string>>();
  for (const onResource of sharing.values()) {
    for (const item of withOverlaps(onResource)) {
      const others = overlapped.get(occurrenceKey(item)) ?? new Set<string>();
      for (const activityId of item.conflictsWith) others.add(activityId);
      overlapped.set(occurrenceKey(item), others);
    }
  }
  return entries.map((entry) => ({
    ...entry,
    conflictsWith: [...(overlapped.get(occurrenceKey(entry)) ?? [])],
  }));
};
