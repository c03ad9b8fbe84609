import { placeArchived, placeRestored } from '#events/places/place-events';
import type { Place } from './place';
import type { PlacesPorts } from './places-ports';
import { revisePlace } from './revise-place';

/** Archiving twice is harmless: the second call changes nothing and publishes nothing. */
export const archivePlace = (placeId: string, ports: PlacesPorts): Promise<Place> =>
  revisePlace(
    { placeId, event: placeArchived, revise: (place) => ({ ...place, status: 'archived' }) },
    ports,
  );

export const restorePlace = (placeId: string, ports: PlacesPorts): Promise<Place> =>
  revisePlace({ placeId, event: placeRestored, revise: (place) => ({ ...place, status: 'active' }) }, ports);
