import { placeCreated } from '#events/places/place-events';
import type { Place } from './place';
import { placeEvent } from './place-events';
import type { NewPlace } from './place-input';
import type { PlacesPorts } from './places-ports';

export const createPlace = async (input: NewPlace, ports: PlacesPorts): Promise<Place> => {
  const now = ports.clock.now().toISOString();
  const place: Place = {
    id: ports.newId(),
    ...input,
    status: 'active',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await ports.places.add(place, [placeEvent(placeCreated, place, ports)]);
  return place;
};
