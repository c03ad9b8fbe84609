import type { Place } from '#domain/places/place';
import { keyOf, sortKeyOf } from '#domain/shared/text';
import { placeKeys } from '#infra/definitions/school-table';

const storageAttributes = new Set([
  'PK',
  'SK',
  'GSI1PK',
  'GSI1SK',
  'GSI2PK',
  'GSI2SK',
  'GSI3PK',
  'GSI3SK',
  'entity',
  'siteKey',
]);

/** A place as stored: its fields, its keys, and the attributes its indexes sort and group by. */
export const toPlaceItem = (place: Place) => {
  const siteKey = keyOf(place.site);
  return {
    ...placeKeys.item(place.id),
    ...placeKeys.indexAttributes({ ...place, siteKey, sortName: sortKeyOf(place.name) }),
    entity: 'place',
    siteKey,
    ...place,
  };
};

export const fromPlaceItem = (item: Record<string, unknown>): Place =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !storageAttributes.has(name))) as Place;
