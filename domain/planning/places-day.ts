import { keyOf } from '#domain/shared/text';
import { calendarOfDay } from './calendar-of-year';
import { withOverlaps } from './planning-conflict';
import type { PlanningPorts } from './planning-ports';
import { byTime } from './read-agenda';
import { dayStatus } from './school-calendar';

/** The general planning of a day: every active place (of a site, of a kind), with what takes place there. */
export const placesDay = async (
  query: { date: string; site?: string; kind?: string },
  ports: Pick<PlanningPorts, 'planning' | 'directory' | 'calendars'>,
) => {
  const [places, planned, calendar] = await Promise.all([
    ports.directory.activePlaces(),
    ports.planning.placesOn(query.date),
    calendarOfDay(ports.calendars, query.date),
  ]);
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
      items: withOverlaps(planned.get(place.id) ?? []).sort(byTime),
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
