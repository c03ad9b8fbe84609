import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '#domain/sales/sales';
import {
  clientInput,
  gridInput,
  makeClient,
  makeGrid,
  makeHall,
  quoteInput,
  salesDesk,
} from '../../support/sales';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

describe('sales: clients, rate grids and quotes through the HTTP API', () => {
  let school: SchoolUnderTest;
  let desk: Awaited<ReturnType<typeof salesDesk>>;
  let hallId: string;
  let clientId: string;

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'conservatoire' });
    desk = await salesDesk(school);
    hallId = (await makeHall(school, 'Auditorium Cortot')).id;
  }, 300_000);
  afterAll(() => school?.stop());

  it('creates a client, reads it back, finds it by the start of its name and updates it on its version', async () => {
    const client = await makeClient(desk, { siren: '732 829 320', vatNumber: 'FR 44 732829320' });
    clientId = client.clientId;
    expect(client).toMatchObject({
      legalName: 'Chœur des Lilas',
      siren: '732829320',
      vatNumber: 'FR44732829320',
      version: 1,
    });
    expect((await desk('GET', `/api/sales/clients/${clientId}`)).body).toEqual(client);

    await makeClient(desk, { legalName: 'Ensemble Orféo', siren: undefined, siret: undefined });
    const found = await desk('GET', '/api/sales/clients?name=choeur');
    expect(found.body.items.map((each: { legalName: string }) => each.legalName)).toEqual([
      'Chœur des Lilas',
    ]);
    const all = await desk('GET', '/api/sales/clients?limit=1');
    expect(all.body.items).toHaveLength(1);
    const next = await desk('GET', `/api/sales/clients?limit=1&after=${all.body.nextCursor}`);
    expect(next.body.items[0].legalName).not.toBe(all.body.items[0].legalName);

    const updated = await desk(
      'PUT',
      `/api/sales/clients/${clientId}`,
      clientInput({ legalName: 'Chœur des Lilas (Paris)', version: 1 }),
    );
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(2);
    const stale = await desk('PUT', `/api/sales/clients/${clientId}`, clientInput({ version: 1 }));
    expect(stale.status).toBe(412);
  });

  it('refuses wrong identifiers, naming each field', async () => {
    const refused = await desk(
      'POST',
      '/api/sales/clients',
      clientInput({ siren: '732829321', siret: '73282932000075', vatNumber: 'FR12732829320' }),
    );
    expect(refused.status).toBe(400);
    expect(
      refused.body.error.errors.map(({ field, code }: { field: string; code: string }) => `${field} ${code}`),
    ).toEqual(['siren invalid_siren', 'siret invalid_siret', 'vatNumber invalid_vat_number']);
    const publicBody = await desk(
      'POST',
      '/api/sales/clients',
      clientInput({ category: 'public-body', chorusPro: { commitmentNumber: 'EJ-1' } }),
    );
    expect(publicBody.status).toBe(400);
    expect(publicBody.body.error.errors[0]).toMatchObject({
      field: 'chorusPro.serviceCode',
      code: 'chorus_service_code_required',
    });
  });

  it('keeps one grid a day: an overlapping grid is refused', async () => {
    const grid = await makeGrid(desk);
    expect(grid).toMatchObject({ name: 'Saison 2026–2027', version: 1 });
    const overlap = await desk(
      'POST',
      '/api/sales/grids',
      gridInput({ name: 'Été', validFrom: '2027-07-01', validTo: '2027-09-30' }),
    );
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.errors[0].code).toBe('grids_overlap');
    const next = await desk(
      'POST',
      '/api/sales/grids',
      gridInput({ name: 'Saison 2027–2028', validFrom: '2027-09-01', validTo: '2028-08-31' }),
    );
    expect(next.status).toBe(201);
    const listed = await desk('GET', '/api/sales/grids');
    expect(listed.body.items.map(({ name }: { name: string }) => name)).toEqual([
      'Saison 2026–2027',
      'Saison 2027–2028',
    ]);
  });

  it('builds a quote priced by the grid valid on its first slot, numbered in its year’s series, and reads it back', async () => {
    const preview = await desk('POST', '/api/sales/quotes/preview', quoteInput(clientId, hallId));
    expect(preview.status).toBe(200);
    const created = await desk('POST', '/api/sales/quotes', quoteInput(clientId, hallId));
    expect(created.status).toBe(201);
    const quote = created.body as Quote;
    const year = new Date().getUTCFullYear();
    expect(quote.number).toMatch(new RegExp(`^D${year}-\\d{4}$`));
    expect(quote).toMatchObject({
      status: 'draft',
      validUntil: expect.any(String),
      client: { legalName: 'Chœur des Lilas (Paris)' },
    });
    expect(quote.lines).toEqual(preview.body.lines);
    // 3 hours at 60 € and a tuning at 120 €: 300 € excl. VAT, 60 € VAT, 360 €.
    expect(quote.totals).toEqual({
      netCents: 30000,
      vatCents: 6000,
      grossCents: 36000,
      vatBreakdown: [{ vatRate: 20, baseCents: 30000, vatCents: 6000 }],
    });
    expect(quote.slots[0]).toMatchObject({ setupMinutes: 30, teardownMinutes: 30 });
    expect((await desk('GET', `/api/sales/quotes/${quote.quoteId}`)).body).toEqual(quote);
    const drafts = await desk('GET', '/api/sales/quotes?status=draft');
    expect(drafts.body.items.map(({ quoteId }: Quote) => quoteId)).toContain(quote.quoteId);
    expect((await desk('GET', '/api/sales/quotes?status=sent')).body.items).toEqual([]);

    // A draft's lines are edited by hand: a discount line, on the version read.
    const lines = [
      ...quote.lines,
      {
        kind: 'free',
        label: 'Remise fidélité',
        quantity: 1,
        unit: 'unit',
        unitPriceCents: -3000,
        vatRate: 20,
      },
    ];
    const edited = await desk('PUT', `/api/sales/quotes/${quote.quoteId}`, {
      ...quoteInput(clientId, hallId),
      lines,
      version: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.totals).toMatchObject({ netCents: 27000, vatCents: 5400, grossCents: 32400 });
    expect(edited.body.number).toBe(quote.number);

    // Its drafting is in the audit trail, written in the same transaction.
    const head = await school.as('direction.demo');
    const trail = await head('GET', '/api/audit?action=quote.drafted');
    expect(trail.status).toBe(200);
    expect(JSON.stringify(trail.body)).toContain(quote.quoteId);
  });

  it('gives 20 quotes made at once 20 distinct consecutive numbers', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => desk('POST', '/api/sales/quotes', quoteInput(clientId, hallId))),
    );
    expect(answers.map(({ status }) => status)).toEqual(Array(20).fill(201));
    const sequences = answers
      .map(({ body }) => Number((body as Quote).number.slice(-4)))
      .sort((a, b) => a - b);
    const first = sequences[0] ?? 0;
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, index) => first + index));
  }, 120_000);

  it('refuses students, teachers, families and planners (403); a quote of no client of the school is not found (404)', async () => {
    const quote = (await desk('POST', '/api/sales/quotes', quoteInput(clientId, hallId))).body as Quote;
    for (const username of ['eleve.demo', 'prof.demo', 'parent.demo', 'planning.demo']) {
      const call = await school.as(username);
      expect((await call('GET', `/api/sales/quotes/${quote.quoteId}`)).status, username).toBe(403);
      expect((await call('POST', '/api/sales/clients', clientInput())).status, username).toBe(403);
    }
    const head = await school.as('direction.demo');
    expect((await head('GET', `/api/sales/quotes/${quote.quoteId}`)).status).toBe(200);
    // Each school has its own table: an id of no quote of this school is not found.
    expect((await desk('GET', '/api/sales/quotes/quote-of-another-school')).status).toBe(404);
    expect((await desk('GET', '/api/sales/clients/client-of-another-school')).status).toBe(404);
  });

  it('refuses a quote with no grid on its day, an unknown client, a bad cursor', async () => {
    const noGrid = await desk(
      'POST',
      '/api/sales/quotes',
      quoteInput(clientId, hallId, {
        slots: [
          { placeId: hallId, startsAt: '2029-03-13T19:00:00+01:00', endsAt: '2029-03-13T22:00:00+01:00' },
        ],
      }),
    );
    expect(noGrid.status).toBe(400);
    expect(noGrid.body.error.errors[0].code).toBe('no_grid_for_date');
    const noClient = await desk('POST', '/api/sales/quotes', quoteInput('nobody', hallId));
    expect(noClient.body.error.errors[0]).toMatchObject({ field: 'clientId', code: 'unknown_client' });
    expect((await desk('GET', '/api/sales/quotes?after=bm9wZQ')).status).toBe(400);
  });
});
