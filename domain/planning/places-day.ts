import { keyOf } from '#domain/shared/text';
import { calendarOfDay } from './calendar-of-year';
import type { PlanningPorts } from './planning-ports';
import { byTime, dedupe } from './read-agenda';
import { dayStatus } from './school-calendar';
import { withSharedResourceOverlaps } from './shared-resource-overlaps';

/**
 * The general planning of a day: every active place (of a site, of a kind), with what takes place there. An
 * occurrence is marked in conflict when it overlaps another on any place, person, class or equipment they share,
 * as the day's conflicts and the person's week show it: a teacher saved over in two rooms at once shows in both.
 * One read of the day's occurrences, each once.
 */
export const placesDay = async (
  query: { date: string; site?: string; kind?: string },
  ports: Pick<PlanningPorts, 'planning' | 'directory' | 'calendars'>,
) => {
  const [places, ofDay, calendar] = await Promise.all([
    ports.directory.activePlaces(),
    ports.planning.allOn(query.date),
    calendarOfDay(ports.calendars, query.date),
  ]);
  const items = withSharedResourceOverlaps(dedupe(ofDay)).sort(byTime);
  const chosen = places.filter(
    (place) =>
      (query.site === undefined || keyOf(place.site) === keyOf(query.site)) &&
      (query.kind === undefined || place.kind === query.kind),
  );
  return {
    date: query.date,
    ...dayStatus(calendar, query.date),
    places: chosen.map((place) => ({
      place: placeSummary(place),
      items: items.filter((item) => item.placeIds.includes(place.id)),
    })),
  };
};

export const placeSummary = (place: {
  id: string;
  name: string;
  kind: string;
  site: string;
  capacity: number;
  equipment: { type: string; quantity: number }[];
}) => ({
  id: place.id,
  name: place.name,
  kind: place.kind,
  site: place.site,
  capacity: place.capacity,
  equipment: place.equipment,
});
