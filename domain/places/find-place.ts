import { NotFoundError } from '#domain/shared/errors';
import type { Place } from './place';
import type { PlaceRepository } from './place-repository';

export const findPlace = async (placeId: string, places: PlaceRepository): Promise<Place> => {
  const place = await places.get(placeId);
  if (!place) throw new NotFoundError('place', placeId);
  return place;
};
