import { keyOf } from '#domain/shared/text';
import { overlaps } from './conflicts';
import { placeSummary } from './places-day';
import type { PlanningPorts } from './planning-ports';

export interface FreePlaceQuery {
  date: string;
  start: string;
  end: string;
  capacity?: number;
  /** An equipment type the place must have: `grand-piano`. */
  equipment?: string;
  kind?: string;
  site?: string;
}

/**
 * Places free for a time span that fit the need (« une salle avec piano pour 12, mardi 14 h – 16 h »): two reads,
 * the places and that day's occupation of all of them, whatever their number. Smallest fitting rooms come first,
 * so a soloist does not take the concert hall.
 */
export const freePlaces = async (
  query: FreePlaceQuery,
  ports: Pick<PlanningPorts, 'planning' | 'directory'>,
) => {
  const [places, planned] = await Promise.all([
    ports.directory.activePlaces(),
    ports.planning.placesOn(query.date),
  ]);
  const span = { startsAt: `${query.date}T${query.start}`, endsAt: `${query.date}T${query.end}` };
  const isFree = (placeId: string) =>
    !(planned.get(placeId) ?? []).some((entry) =>
      overlaps(span, { startsAt: `${entry.date}T${entry.start}`, endsAt: `${entry.date}T${entry.end}` }),
    );
  return places
    .filter(
      (place) =>
        place.capacity >= (query.capacity ?? 0) &&
        (query.equipment === undefined || place.equipment.some(({ type }) => type === query.equipment)) &&
        (query.kind === undefined || place.kind === query.kind) &&
        (query.site === undefined || keyOf(place.site) === keyOf(query.site)) &&
        isFree(place.id),
    )
    .sort((a, b) => a.capacity - b.capacity || a.name.localeCompare(b.name, 'fr'))
    .map(placeSummary);
};
