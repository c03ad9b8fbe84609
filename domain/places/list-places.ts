import { keyOf } from '#domain/shared/text';
import type { PlaceListQuery } from './place-input';
import type { PlacePage, PlaceRepository } from './place-repository';

export const listPlaces = (query: PlaceListQuery, places: PlaceRepository): Promise<PlacePage> =>
  places.select({
    status: query.status,
    kind: query.kind,
    siteKey: query.site === undefined ? undefined : keyOf(query.site),
    limit: query.limit,
    cursor: query.cursor,
  });
