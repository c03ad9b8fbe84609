import type { AgendaEntry, AgendaItem } from './agenda-entry';
import { occurrenceKey } from './occurrences';
import { withOverlaps } from './planning-conflict';
import type { PlanningPorts } from './planning-ports';
import { byTime, dedupe } from './read-agenda';
import { exclusiveResourcesOf } from './resource-days';

/**
 * The occurrences of a day that overlap another activity on a place, a person, a class or a piece of equipment
 * they share: what planners saved over a conflict, and what they have to settle. One read of the day's
 * occurrences; the overlaps are found resource by resource, as each planning marks them.
 */
export const dayConflicts = async (
  date: string,
  ports: Pick<PlanningPorts, 'planning'>,
): Promise<{ date: string; items: AgendaItem[] }> => {
  const entries = dedupe(await ports.planning.allOn(date));
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
  const items = entries
    .map((entry) => ({ ...entry, conflictsWith: [...(overlapped.get(occurrenceKey(entry)) ?? [])] }))
    .filter((item) => item.conflictsWith.length > 0)
    .sort(byTime);
  return { date, items };
};
