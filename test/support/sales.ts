import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Client, Quote, QuoteStatus, RateGrid } from '#domain/sales/sales';
import { toQuoteItem } from '#functions/sales/adapters/dynamo-sales';
import type { SchoolUnderTest } from './school-under-test';

/**
 * The sales module's test helpers (issue 18), in a school started by `startSchoolUnderTest`: a hall, a client, a
 * grid and a quote made through the API as the sales desk (`ventes.demo`). Each part of the module adds its own
 * functions below its section.
 */

type Call = Awaited<ReturnType<SchoolUnderTest['as']>>;

const expectStatus = (answer: { status: number; body: unknown }, status: number, what: string) => {
  if (answer.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
};

// S1 clients, grids, quotes

/** The sales desk's calls, signed in as `ventes.demo`. */
export const salesDesk = (school: SchoolUnderTest) => school.as('ventes.demo');

/** A concert hall, made by the head of school (the places module's right). */
export const makeHall = async (
  school: SchoolUnderTest,
  name = `Auditorium ${Math.random().toString(36).slice(2, 7)}`,
) => {
  const admin = await school.as('direction.demo');
  const answer = await admin('POST', '/api/places', {
    name,
    kind: 'concert-hall',
    capacity: 200,
    site: 'Site Berlioz',
  });
  return expectStatus(answer, 201, 'make a hall') as { id: string; name: string };
};

/** An association with a valid SIREN and SIRET. */
export const clientInput = (overrides: Record<string, unknown> = {}) => ({
  legalName: 'Chœur des Lilas',
  category: 'association',
  siren: '732829320',
  siret: '73282932000074',
  billingAddress: { lines: ['12 rue des Lilas'], postcode: '75019', city: 'Paris', countryCode: 'FR' },
  contact: { name: 'Marie Durand', email: 'marie.durand@example.org', phone: '01 23 45 67 89' },
  ...overrides,
});

export const makeClient = async (call: Call, overrides: Record<string, unknown> = {}) =>
  expectStatus(
    await call('POST', '/api/sales/clients', clientInput(overrides)),
    201,
    'make a client',
  ) as Client;

/**
 * A season's grid (2026-09-01 to 2027-08-31 unless said): every concert hall at 60 € an hour, 200 € a half-day,
 * 350 € a day and 250 € an evening for associations (VAT 20 %, 30 min set-up, 30 min teardown), a technician’s hour
 * and a piano tuning as extras.
 */
export const gridInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Saison 2026–2027',
  validFrom: '2026-09-01',
  validTo: '2027-08-31',
  rates: (
    [
      ['hour', 6000],
      ['half-day', 20000],
      ['day', 35000],
      ['evening', 25000],
    ] as const
  ).map(([unit, priceCents]) => ({
    placeKind: 'concert-hall',
    category: 'association',
    unit,
    priceCents,
    vatRate: 20,
    setupMinutes: 30,
    teardownMinutes: 30,
  })),
  extras: [
    { extraId: 'technician', label: 'Heure de régisseur', unit: 'hour', priceCents: 4500, vatRate: 20 },
    { extraId: 'tuning', label: 'Accord du piano', unit: 'unit', priceCents: 12000, vatRate: 20 },
  ],
  ...overrides,
});

export const makeGrid = async (call: Call, overrides: Record<string, unknown> = {}) =>
  expectStatus(await call('POST', '/api/sales/grids', gridInput(overrides)), 201, 'make a grid') as RateGrid;

/** A draft quote for one evening in the hall (Saturday 13 March 2027, 19:00–22:00 in Paris) and a tuning. */
export const quoteInput = (clientId: string, placeId: string, overrides: Record<string, unknown> = {}) => ({
  clientId,
  title: 'Concert de printemps',
  slots: [{ placeId, startsAt: '2027-03-13T19:00:00+01:00', endsAt: '2027-03-13T22:00:00+01:00' }],
  extras: [{ extraId: 'tuning', quantity: 1 }],
  ...overrides,
});

export const makeQuote = async (
  call: Call,
  clientId: string,
  placeId: string,
  overrides: Record<string, unknown> = {},
) =>
  expectStatus(
    await call('POST', '/api/sales/quotes', quoteInput(clientId, placeId, overrides)),
    201,
    'make a quote',
  ) as Quote;

/** Everything a quote needs, then the quote: a hall, a client, the season's grid (once per school), a draft. */
export const makeDraftQuote = async (school: SchoolUnderTest) => {
  const call = await salesDesk(school);
  const hall = await makeHall(school);
  const client = await makeClient(call);
  const grids = (await call('GET', '/api/sales/grids')).body as { items: { gridId: string }[] };
  if (grids.items.length === 0) await makeGrid(call);
  const quote = await makeQuote(call, client.clientId, hall.id);
  return { call, hall, client, quote };
};

/**
 * Puts a quote in a state directly in the table, as its store writes it (for S3's invoices before S2's answers
 * land): the state, one more version, the move in its history. No event, no audit: a fixture, not a move.
 */
export const forceQuoteStatus = async (school: SchoolUnderTest, quote: Quote, status: QuoteStatus) => {
  const moved: Quote = {
    ...quote,
    status,
    history: [...quote.history, { status, at: new Date().toISOString(), by: 'test' }],
    version: quote.version + 1,
  };
  await school.documents.send(new PutCommand({ TableName: school.tableName, Item: toQuoteItem(moved) }));
  return moved;
};

/** A quote the client accepted, ready to invoice. */
export const makeAcceptedQuote = async (school: SchoolUnderTest) => {
  const made = await makeDraftQuote(school);
  return { ...made, quote: await forceQuoteStatus(school, made.quote, 'accepted') };
};

// S2 holds, client's link, documents
// S3 invoices
// S4 payments, journal
