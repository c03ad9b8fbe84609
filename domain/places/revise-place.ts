import { StaleVersionError } from '#domain/shared/errors';
import type { EventContract } from '#events/envelope';
import type { PlaceSnapshot } from '#events/places/place-events';
import { findPlace } from './find-place';
import type { Place } from './place';
import { placeEvent } from './place-events';
import type { PlacesPorts } from './places-ports';

/** A revision of a place: what it becomes, and the event that says so. */
export interface PlaceRevision {
  placeId: string;
  /** Set when the caller read a version and changes that one only (HTTP If-Match). */
  expectedVersion?: number;
  revise(place: Place): Place;
  event: EventContract<PlaceSnapshot>;
}

/**
 * 1. Read the place (404 if unknown) and check the version the caller read.
 * 2. Apply the revision; if it changes nothing, stop there: no write, no event.
 * 3. Store it with its event, under the version read: a concurrent change makes both fail.
 */
export const revisePlace = async (revision: PlaceRevision, ports: PlacesPorts): Promise<Place> => {
  const current = await findPlace(revision.placeId, ports.places);
  if (revision.expectedVersion !== undefined && revision.expectedVersion !== current.version) {
    throw new StaleVersionError('place', current.id, revision.expectedVersion);
  }
  const revised = revision.revise(current);
  if (sameContent(revised, current)) return current;
  const stored: Place = {
    ...revised,
    version: current.version + 1,
    updatedAt: ports.clock.now().toISOString(),
  };
  await ports.places.replace(stored, current.version, [placeEvent(revision.event, stored, ports)]);
  return stored;
};

const sameContent = (a: Place, b: Place) => JSON.stringify(ordered(a)) === JSON.stringify(ordered(b));

const ordered = (place: Place) =>
  Object.fromEntries(Object.entries(place).sort(([x], [y]) => x.localeCompare(y)));
