import type { PlaceStatus } from '#domain/places/place';
import { keyPrefixes } from './key-prefixes';

/**
 * Places' keys in the school table.
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | a place by id                            | PK = PLACE#<id>, SK = PLACE                            | table |
 * | places of a status, by name              | GSI1PK = PLACES#<status>, GSI1SK begins_with ''        | GSI1  |
 * | places of a status and kind, by name     | GSI2PK = PLACES#<status>#KIND#<kind>                   | GSI2  |
 * | places of a status and site, by name     | GSI3PK = PLACES#<status>#SITE#<siteKey>                | GSI3  |
 */
export const placesKeyPrefixes = keyPrefixes('places', { partitions: ['PLACE#', 'PLACES#'] });

export const placeKeys = {
  item: (placeId: string) => ({ PK: `PLACE#${placeId}`, SK: 'PLACE' }),
  byStatus: (status: PlaceStatus) => ({ index: 'GSI1', partitionKey: `PLACES#${status}` }) as const,
  byKind: (status: PlaceStatus, kind: string) =>
    ({ index: 'GSI2', partitionKey: `PLACES#${status}#KIND#${kind}` }) as const,
  bySite: (status: PlaceStatus, siteKey: string) =>
    ({ index: 'GSI3', partitionKey: `PLACES#${status}#SITE#${siteKey}` }) as const,
  /** Index attributes of a place: one sort order (by name, then id) shared by every listing. */
  indexAttributes: (place: {
    id: string;
    status: PlaceStatus;
    kind: string;
    siteKey: string;
    sortName: string;
  }) => {
    const sortKey = `${place.sortName}#${place.id}`;
    return {
      GSI1PK: `PLACES#${place.status}`,
      GSI1SK: sortKey,
      GSI2PK: `PLACES#${place.status}#KIND#${place.kind}`,
      GSI2SK: sortKey,
      GSI3PK: `PLACES#${place.status}#SITE#${place.siteKey}`,
      GSI3SK: sortKey,
    };
  },
};
