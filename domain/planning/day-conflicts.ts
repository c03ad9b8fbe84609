import type { AgendaItem } from './agenda-entry';
import type { PlanningPorts } from './planning-ports';
import { dedupe } from './read-agenda';
import { withSharedResourceOverlaps } from './shared-resource-overlaps';

/**
 * The occurrences of a day that overlap another activity on a place, a person, a class or a piece of equipment
 * they share: what planners saved over a conflict, and what they have to settle. One read of the day's
 * occurrences; the overlaps are found resource by resource, as each planning marks them. Listed in time order,
 * then by place, as a planner walks through the day.
 */
export const dayConflicts = async (
  date: string,
  ports: Pick<PlanningPorts, 'planning' | 'directory'>,
): Promise<{ date: string; items: AgendaItem[] }> => {
  const items = withSharedResourceOverlaps(dedupe(await ports.planning.allOn(date))).filter(
    (item) => item.conflictsWith.length > 0,
  );
  const placeIds = [...new Set(items.flatMap((item) => item.placeIds))];
  const places = placeIds.length === 0 ? [] : await ports.directory.places(placeIds);
  const names = new Map(places.map((place) => [place.id, place.name]));
  return { date, items: items.sort(byStartThenPlace((id) => names.get(id))) };
};

/** Occurrences by start, then by the name of their first place (those without a place last), then by title. */
export const byStartThenPlace =
  (placeName: (placeId: string) => string | undefined) =>
  (a: AgendaItem, b: AgendaItem): number => {
    const placeOf = (item: AgendaItem) => item.placeIds.map(placeName).find(Boolean) ?? '\uffff';
    return (
      a.startsAt.localeCompare(b.startsAt) ||
      placeOf(a).localeCompare(placeOf(b), 'fr') ||
      a.endsAt.localeCompare(b.endsAt) ||
      a.title.localeCompare(b.title, 'fr')
    );
  };
