import { describe, expect, it } from 'vitest';
import { newPlaceSchema } from '#domain/places/place-input';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { demoPlaces } from '#infra/local/seed/places/demo-places';
import { loadRegistry } from '#infra/tenants/registry';

describe('the demo conservatoire seed', () => {
  const places = demoPlaces();

  it('is the same on every run', () => {
    expect(demoPlaces()).toEqual(places);
  });

  it('has the size of a large conservatoire: 150 to 250 places of every kind, on two sites and off-site', () => {
    expect(places.length).toBeGreaterThanOrEqual(150);
    expect(places.length).toBeLessThanOrEqual(250);
    expect(new Set(places.map((place) => place.kind)).size).toBe(10);
    expect(new Set(places.map((place) => place.site))).toEqual(
      new Set(['Site Jean-Jaurès', 'Site Berlioz', 'Hors les murs']),
    );
    expect(new Set(places.map((place) => place.id)).size).toBe(places.length);
    expect(new Set(places.map((place) => place.name)).size).toBe(places.length);
  });

  it('holds only places the API itself would accept', () => {
    for (const { id, status, version, createdAt, updatedAt, ...input } of places) {
      expect(newPlaceSchema.safeParse(input).success, input.name).toBe(true);
    }
  });
});

describe('the demo school directory', () => {
  const school = loadRegistry().schools.find(({ kind }) => kind === 'school');
  const directory = demoDirectory(school as NonNullable<typeof school>);
  const withContacts = directory.people.filter((person) => person.contacts?.length);

  it('gives a few pupils other contacts (a grandparent, a neighbour) with their numbers, for the staff to see', () => {
    expect(withContacts.length).toBeGreaterThanOrEqual(5);
    expect(withContacts.some((person) => (person.contacts?.length ?? 0) >= 2)).toBe(true);
    for (const pupil of withContacts) {
      expect(pupil.profiles).toEqual(['student']);
      for (const contact of pupil.contacts ?? []) {
        expect(contact.firstName).not.toBe('');
        expect(contact.phones.length).toBeGreaterThan(0);
      }
    }
  });

  it('is the same on every run, contacts included', () => {
    expect(demoDirectory(school as NonNullable<typeof school>).people).toEqual(directory.people);
  });
});
