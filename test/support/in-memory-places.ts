import type { Place } from '#domain/places/place';
import type { PlaceRepository } from '#domain/places/place-repository';
import type { PlacesPorts } from '#domain/places/places-ports';
import { StaleVersionError } from '#domain/shared/errors';
import type { OutgoingEvent } from '#events/envelope';

/** Ports for the place use cases held in memory; `published` holds the events stored with the changes. */
export const inMemoryPlacesPorts = (now = new Date('2026-09-01T08:00:00.000Z')) => {
  const stored = new Map<string, Place>();
  const published: OutgoingEvent[] = [];
  let counter = 0;
  const places: PlaceRepository = {
    get: async (id) => stored.get(id),
    add: async (place, events) => {
      stored.set(place.id, place);
      published.push(...events);
    },
    replace: async (place, expectedVersion, events) => {
      if (stored.get(place.id)?.version !== expectedVersion)
        throw new StaleVersionError('place', place.id, expectedVersion);
      stored.set(place.id, place);
      published.push(...events);
    },
    select: async () => ({ items: [...stored.values()], nextCursor: null }),
  };
  const ports: PlacesPorts = {
    places,
    clock: { now: () => now },
    newId: () => `id-${++counter}`,
    school: { schoolId: 'demo' },
  };
  return { ports, stored, published };
};
