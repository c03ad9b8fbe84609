import { describe, expect, it } from 'vitest';
import type { Place } from '#domain/places/place';
import { ApiError, ApiUnreachableError, createApi } from '#web/src/api';
import { mergeSites } from '#web/src/places/known-sites';
import { filtersFromSearch, searchFromFilters } from '#web/src/places/place-filters-in-url';

const place = (name: string, site = 'Site Jean-Jaurès'): Place => ({
  id: `id-${name}`,
  name,
  kind: 'practice-room',
  capacity: 2,
  equipment: [],
  site,
  bookable: true,
  status: 'active',
  version: 1,
  createdAt: '2026-08-24T08:00:00.000Z',
  updatedAt: '2026-08-24T08:00:00.000Z',
});

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the places API as the web app calls it', () => {
  it('follows the cursor until the last page, with the filters on every request', async () => {
    const requested: string[] = [];
    const pages: Record<string, unknown> = {
      '': { items: [place('Studio 101'), place('Studio 102')], nextCursor: 'page-2' },
      'page-2': { items: [place('Studio 103')], nextCursor: null },
    };
    const api = createApi(async (input) => {
      const url = new URL(String(input), 'http://school.test');
      requested.push(`${url.pathname}${url.search}`);
      return jsonResponse(200, pages[url.searchParams.get('cursor') ?? '']);
    });

    const places = await api.allPlaces({ kind: 'practice-room', site: 'Site Berlioz' });

    expect(places.map(({ name }) => name)).toEqual(['Studio 101', 'Studio 102', 'Studio 103']);
    expect(requested).toEqual([
      '/api/places?status=active&limit=500&kind=practice-room&site=Site+Berlioz',
      '/api/places?status=active&limit=500&kind=practice-room&site=Site+Berlioz&cursor=page-2',
    ]);
  });

  it('reads the school from the health route', async () => {
    const school = {
      id: 'demo',
      name: 'Conservatoire de démonstration',
      kind: 'conservatoire',
      timeZone: 'Europe/Paris',
      locale: 'fr-FR',
    };
    const api = createApi(async () => jsonResponse(200, { status: 'ok', school }));
    expect(await api.health()).toEqual(school);
  });

  it('keeps the message of a refusal, and tells a server that does not answer from one that fails', async () => {
    const refusing = createApi(async () =>
      jsonResponse(400, { error: { code: 'invalid_input', message: 'limit: too big', field: 'limit' } }),
    );
    await expect(refusing.allPlaces({})).rejects.toEqual(
      new ApiError(400, 'limit: too big', { code: 'invalid_input', field: 'limit' }),
    );

    const failing = createApi(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(failing.allPlaces({})).rejects.toMatchObject({ status: 502, message: '' });

    const unreachable = createApi(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(unreachable.allPlaces({})).rejects.toBeInstanceOf(ApiUnreachableError);
  });
});

describe('the filters of the places page', () => {
  it('reads the filters of a link and ignores a kind it does not know', () => {
    expect(filtersFromSearch('?kind=dance-studio&site=Site%20Berlioz')).toEqual({
      kind: 'dance-studio',
      site: 'Site Berlioz',
    });
    expect(filtersFromSearch('?kind=ballroom&site=%20%20')).toEqual({});
    expect(filtersFromSearch('')).toEqual({});
  });

  it('writes the filters back into the link', () => {
    expect(searchFromFilters({ kind: 'concert-hall', site: 'Site Jean-Jaurès' })).toBe(
      '?kind=concert-hall&site=Site+Jean-Jaur%C3%A8s',
    );
    expect(searchFromFilters({})).toBe('');
    expect(filtersFromSearch(searchFromFilters({ site: 'Site Jean-Jaurès' }))).toEqual({
      site: 'Site Jean-Jaurès',
    });
  });

  it('offers every site seen so far, in the order of the language', () => {
    const seen = mergeSites(
      [],
      [place('A', 'Site Jean-Jaurès'), place('B', 'Hors les murs'), place('C', 'Élysée')],
      'fr-FR',
    );
    expect(seen).toEqual(['Élysée', 'Hors les murs', 'Site Jean-Jaurès']);
    expect(mergeSites(seen, [place('D', 'Site Berlioz')], 'fr-FR')).toEqual([
      'Élysée',
      'Hors les murs',
      'Site Berlioz',
      'Site Jean-Jaurès',
    ]);
    expect(mergeSites(seen, [place('E', 'Hors les murs')], 'fr-FR')).toBe(seen);
  });
});
