import { placeUpdated } from '#events/places/place-events';
import type { Place } from './place';
import type { PlaceChanges } from './place-input';
import type { PlacesPorts } from './places-ports';
import { revisePlace } from './revise-place';

export const updatePlace = (
  placeId: string,
  changes: PlaceChanges,
  expectedVersion: number | undefined,
  ports: PlacesPorts,
): Promise<Place> =>
  revisePlace(
    { placeId, expectedVersion, event: placeUpdated, revise: (place) => applyChanges(place, changes) },
    ports,
  );

const applyChanges = (place: Place, changes: PlaceChanges): Place => {
  const revised: Place = { ...place };
  for (const [field, value] of Object.entries(changes) as [keyof PlaceChanges, unknown][]) {
    if (value === undefined) continue;
    if (value === null) delete revised[field as 'building' | 'address'];
    else Object.assign(revised, { [field]: value });
  }
  return revised;
};
