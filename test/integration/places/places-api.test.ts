import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

const practiceRoom = {
  name: 'Studio 12',
  kind: 'practice-room',
  capacity: 3,
  equipment: [{ type: 'upright-piano', quantity: 1 }],
  site: 'Site Jean-Jaurès',
  building: 'Bâtiment B',
  bookable: true,
};

describe('places through the HTTP API, DynamoDB Local and the bus', () => {
  let school: SchoolUnderTest;

  beforeAll(async () => {
    school = await startSchoolUnderTest(
      { displayName: 'Conservatoire des tests', kind: 'conservatoire' },
      { signedInAs: 'planning.demo' },
    );
  });
  afterAll(() => school?.stop());

  it('answers health with the school it serves', async () => {
    const { status, body } = await school.request('GET', '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      school: {
        id: school.school.id,
        name: 'Conservatoire des tests',
        kind: 'conservatoire',
        timeZone: 'Europe/Paris',
        locale: 'fr-FR',
      },
    });
  });

  it('creates a place, then reads it back with its version as ETag', async () => {
    const created = await school.request('POST', '/api/places', practiceRoom);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...practiceRoom, status: 'active', version: 1 });
    expect(created.headers.get('location')).toBe(`/api/places/${created.body.id}`);

    const read = await school.request('GET', `/api/places/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
    expect(read.headers.get('etag')).toBe('"1"');
  });

  it('refuses invalid input with a 400 naming the field, and writes nothing', async () => {
    const before = await school.request('GET', '/api/places?limit=500');
    const cases: [unknown, string, RegExp][] = [
      [{ ...practiceRoom, capacity: -2 }, 'capacity', /negative/],
      [{ ...practiceRoom, kind: 'swimming-pool' }, 'kind', /must be one of/],
      [{ ...practiceRoom, name: '   ' }, 'name', /empty/],
      [
        { ...practiceRoom, equipment: [{ type: 'Grand Piano', quantity: 1 }] },
        'equipment.0.type',
        /lowercase/,
      ],
      [{ ...practiceRoom, colour: 'blue' }, 'colour', /not a known field/],
      [{ name: 'Salle sans type', capacity: 3, site: 'Site Jean-Jaurès' }, 'kind', /required/],
      ['{ not json', 'body', /not valid JSON/],
    ];
    for (const [input, field, reason] of cases) {
      const { status, body } = await school.request('POST', '/api/places', input);
      expect(status, JSON.stringify(input)).toBe(400);
      expect(body.error.field).toBe(field);
      expect(body.error.message).toMatch(reason);
    }
    const after = await school.request('GET', '/api/places?limit=500');
    expect(after.body.items).toEqual(before.body.items);
  });

  it('answers 404 for an unknown place and for an unknown route', async () => {
    const place = await school.request('GET', '/api/places/no-such-place');
    expect(place.status).toBe(404);
    expect(place.body.error.code).toBe('not_found');
    const route = await school.request('DELETE', '/api/places');
    expect(route.status).toBe(404);
  });

  it('changes a place, refusing a change made on a version someone else changed since', async () => {
    const { body: place } = await school.request('POST', '/api/places', {
      ...practiceRoom,
      name: 'Studio 14',
    });
    const changed = await school.request(
      'PATCH',
      `/api/places/${place.id}`,
      { capacity: 5, building: null },
      { 'if-match': '"1"' },
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ capacity: 5, version: 2 });
    expect(changed.body.building).toBeUndefined();

    const stale = await school.request(
      'PATCH',
      `/api/places/${place.id}`,
      { capacity: 9 },
      { 'if-match': '"1"' },
    );
    expect(stale.status).toBe(412);
    expect((await school.request('GET', `/api/places/${place.id}`)).body.capacity).toBe(5);

    const empty = await school.request('PATCH', `/api/places/${place.id}`, {});
    expect(empty.status).toBe(400);
  });

  it('archives a place out of the lists and restores it', async () => {
    const { body: place } = await school.request('POST', '/api/places', {
      ...practiceRoom,
      name: 'Studio à archiver',
    });
    const archived = await school.request('POST', `/api/places/${place.id}/archive`);
    expect(archived.body.status).toBe('archived');
    const active = await school.request('GET', '/api/places?limit=500');
    expect(active.body.items.map((item: { id: string }) => item.id)).not.toContain(place.id);
    const archivedList = await school.request('GET', '/api/places?status=archived');
    expect(archivedList.body.items.map((item: { id: string }) => item.id)).toContain(place.id);

    const again = await school.request('POST', `/api/places/${place.id}/archive`);
    expect(again.body.version).toBe(archived.body.version);

    const restored = await school.request('POST', `/api/places/${place.id}/restore`);
    expect(restored.body.status).toBe('active');
  });

  it('lists by kind, by site whatever its accents, by both, sorted by name, page by page', async () => {
    const annex = { ...practiceRoom, site: 'Site Berlioz', building: undefined };
    for (const name of ['Salle 10', 'Salle 9', 'Salle 2']) {
      await school.request('POST', '/api/places', { ...annex, name, kind: 'classroom' });
    }
    await school.request('POST', '/api/places', { ...annex, name: 'Studio B1' });

    const classrooms = await school.request('GET', '/api/places?kind=classroom');
    expect(classrooms.body.items.map((item: { name: string }) => item.name)).toEqual([
      'Salle 2',
      'Salle 9',
      'Salle 10',
    ]);

    const bySite = await school.request('GET', `/api/places?site=${encodeURIComponent('SITE berlioz')}`);
    expect(bySite.body.items).toHaveLength(4);
    const bothSite = await school.request(
      'GET',
      `/api/places?site=${encodeURIComponent('site jean jaures')}&kind=classroom`,
    );
    expect(bothSite.body.items).toEqual([]);

    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await school.request('GET', `/api/places?kind=classroom&limit=2${query}`);
      names.push(...page.body.items.map((item: { name: string }) => item.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(names).toEqual(['Salle 2', 'Salle 9', 'Salle 10']);
  });

  it('refuses a cursor that belongs to another listing', async () => {
    const page = await school.request('GET', '/api/places?kind=classroom&limit=1');
    const misuse = await school.request('GET', `/api/places?kind=office&cursor=${page.body.nextCursor}`);
    expect(misuse.status).toBe(400);
    expect(misuse.body.error.field).toBe('cursor');
    const bogus = await school.request('GET', '/api/places?cursor=bm90LWpzb24');
    expect(bogus.status).toBe(400);
  });

  it('publishes every change on the bus, where a rule records it in the journal', async () => {
    const { body: place } = await school.request('POST', '/api/places', {
      ...practiceRoom,
      name: 'Studio journal',
    });
    await school.request('PATCH', `/api/places/${place.id}`, { capacity: 4 });
    await school.request('POST', `/api/places/${place.id}/archive`);
    await school.eventsDelivered();

    const journal = await school.journalOf(place.createdAt.slice(0, 10));
    const entries = journal.filter((entry) => entry.subjectId === place.id);
    expect(entries.map((entry) => entry.type)).toEqual(['PlaceCreated', 'PlaceUpdated', 'PlaceArchived']);
    expect(entries[0]).toMatchObject({ source: 'preau.places', summary: 'Studio journal' });
    expect(school.deadLetters).toEqual([]);
  });

  it('stores a change and its event together: a refused change leaves no event behind', async () => {
    const { body: place } = await school.request('POST', '/api/places', {
      ...practiceRoom,
      name: 'Studio refusé',
    });
    await school.request('PATCH', `/api/places/${place.id}`, { capacity: 2 });
    const refused = await school.request(
      'PATCH',
      `/api/places/${place.id}`,
      { capacity: 9 },
      { 'if-match': '"1"' },
    );
    expect(refused.status).toBe(412);
    await school.eventsDelivered();

    const journal = await school.journalOf(place.createdAt.slice(0, 10));
    const changes = journal.filter((entry) => entry.subjectId === place.id).map((entry) => entry.type);
    expect(changes).toEqual(['PlaceCreated', 'PlaceUpdated']);
  });

  it('logs a refused change as one JSON line with the school, route, request id and person id, and no name', async () => {
    const asStudent = await school.as('eleve.demo');
    const { body: me } = await asStudent('GET', '/api/me');
    const written: string[] = [];
    const capture = [process.stdout, process.stderr].map((stream) =>
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      }),
    );
    const refused = await asStudent('POST', '/api/places', { ...practiceRoom, name: 'Studio élève' });
    for (const spy of capture) spy.mockRestore();

    expect(refused.status).toBe(403);
    const lines = written.join('').split('\n');
    const denial = lines.find((line) => line.includes('"Access denied"')) as string;
    expect(JSON.parse(denial)).toMatchObject({
      level: 'WARN',
      school: school.school.id,
      route: 'POST /api/places',
      requestId: expect.any(String),
      personId: me.personId,
      action: 'places:write',
    });
    for (const personal of [me.firstName, me.lastName, me.username]) expect(denial).not.toContain(personal);
  });
});
