import { describe, expect, it } from 'vitest';
import { archivePlace, restorePlace } from '#domain/places/archive-place';
import { createPlace } from '#domain/places/create-place';
import { newPlaceSchema, placeChangesSchema } from '#domain/places/place-input';
import { updatePlace } from '#domain/places/update-place';
import { NotFoundError, StaleVersionError } from '#domain/shared/errors';
import { envelopeSchemaOf } from '#events/envelope';
import { placeArchived, placeCreated, placeUpdated } from '#events/places/place-events';
import { inMemoryPlacesPorts } from '../../support/in-memory-places';

const hall = newPlaceSchema.parse({
  name: 'Grande salle',
  kind: 'concert-hall',
  capacity: 800,
  equipment: [{ type: 'grand-piano', quantity: 2 }],
  site: 'Site Jean-Jaurès',
});

describe('place input', () => {
  it('fills the defaults a planner leaves out', () => {
    expect(hall.bookable).toBe(false);
    expect(
      newPlaceSchema.parse({ name: 'Bureau', kind: 'office', capacity: 2, site: 'A' }).equipment,
    ).toEqual([]);
  });

  it('refuses equipment listed twice, unknown fields and empty changes', () => {
    const twice = { ...hall, equipment: [hall.equipment[0], hall.equipment[0]] };
    expect(newPlaceSchema.safeParse(twice).success).toBe(false);
    expect(newPlaceSchema.safeParse({ ...hall, floor: 2 }).success).toBe(false);
    expect(placeChangesSchema.safeParse({}).success).toBe(false);
  });
});

describe('place use cases', () => {
  it('creates an active place at version 1 and publishes PlaceCreated in the standard envelope', async () => {
    const { ports, published } = inMemoryPlacesPorts();
    const place = await createPlace(hall, ports);
    expect(place).toMatchObject({
      ...hall,
      status: 'active',
      version: 1,
      createdAt: '2026-09-01T08:00:00.000Z',
    });
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ source: 'preau.places', detailType: 'PlaceCreated' });
    expect(envelopeSchemaOf(placeCreated).parse(published[0]?.detail).data).toEqual(place);
  });

  it('updates the named fields only, clears an optional one with null, and bumps the version', async () => {
    const { ports, published } = inMemoryPlacesPorts();
    const place = await createPlace({ ...hall, building: 'Bâtiment A' }, ports);
    const updated = await updatePlace(place.id, { capacity: 750, building: null }, 1, ports);
    expect(updated).toMatchObject({ capacity: 750, version: 2, name: 'Grande salle' });
    expect(updated).not.toHaveProperty('building');
    expect(published.map((event) => event.detailType)).toEqual([
      placeCreated.detailType,
      placeUpdated.detailType,
    ]);
  });

  it('refuses a change made on a stale version and an unknown place', async () => {
    const { ports } = inMemoryPlacesPorts();
    const place = await createPlace(hall, ports);
    await updatePlace(place.id, { capacity: 700 }, undefined, ports);
    await expect(updatePlace(place.id, { capacity: 600 }, 1, ports)).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    await expect(updatePlace('nowhere', { capacity: 1 }, undefined, ports)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('writes and publishes nothing when a change changes nothing', async () => {
    const { ports, published } = inMemoryPlacesPorts();
    const place = await createPlace(hall, ports);
    const same = await updatePlace(place.id, { capacity: 800, name: 'Grande salle' }, undefined, ports);
    expect(same.version).toBe(1);
    expect(published).toHaveLength(1);
  });

  it('archives once, however many times asked, and restores', async () => {
    const { ports, published } = inMemoryPlacesPorts();
    const place = await createPlace(hall, ports);
    await archivePlace(place.id, ports);
    const archivedTwice = await archivePlace(place.id, ports);
    expect(archivedTwice).toMatchObject({ status: 'archived', version: 2 });
    expect(published.filter((event) => event.detailType === placeArchived.detailType)).toHaveLength(1);
    expect((await restorePlace(place.id, ports)).status).toBe('active');
  });
});
