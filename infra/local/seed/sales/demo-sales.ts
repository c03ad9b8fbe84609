import { DateTime } from 'luxon';
import { priceQuote } from '#domain/sales/price-quote';
import { defaultValidityDays, quoteNumber } from '#domain/sales/quotes';
import { saleTotals } from '#domain/sales/sale-totals';
import type { Client, Quote, Rate, RateGrid } from '#domain/sales/sales';
import { demoPlaces } from '#infra/local/seed/places/demo-places';

/**
 * The demo conservatoire's sales (issue 18): the 2026–2027 season's grid (halls, studios and rehearsal rooms by
 * the hour, half-day, day and evening; a technician's hour, a piano tuning), an association with a valid SIREN,
 * and a draft quote for a spring concert in the main hall.
 */
const ids = {
  grid: '5a1e5000-0000-4000-8000-000000002026',
  client: '5a1e5000-0000-4000-8000-00000000c11e',
  quote: '5a1e5000-0000-4000-8000-00000000d001',
};

type Prices = Record<Rate['unit'], number>;

const kindRates = (kind: Rate['placeKind'], prices: Prices, margins: number): Rate[] =>
  (['association', 'company', 'public-body', 'partner'] as const).flatMap((category) =>
    (Object.entries(prices) as [Rate['unit'], number][]).map(([unit, priceCents]) => ({
      placeKind: kind,
      category,
      unit,
      // Companies pay half as much again; partners get a fifth off.
      priceCents: Math.round(priceCents * (category === 'company' ? 1.5 : category === 'partner' ? 0.8 : 1)),
      vatRate: 20 as const,
      setupMinutes: margins,
      teardownMinutes: margins,
    })),
  );

export const demoGrid = (): RateGrid => ({
  gridId: ids.grid,
  name: 'Saison 2026–2027',
  validFrom: '2026-09-01',
  validTo: '2027-08-31',
  rates: [
    ...kindRates('concert-hall', { hour: 9000, 'half-day': 30000, day: 55000, evening: 40000 }, 60),
    ...kindRates('dance-studio', { hour: 3500, 'half-day': 12000, day: 20000, evening: 15000 }, 15),
    ...kindRates('rehearsal-room', { hour: 2500, 'half-day': 8000, day: 14000, evening: 10000 }, 15),
    ...kindRates('recording-studio', { hour: 6000, 'half-day': 20000, day: 35000, evening: 25000 }, 30),
  ],
  extras: [
    {
      extraId: 'technician',
      label: 'Heure de régisseur son et lumière',
      unit: 'hour',
      priceCents: 4500,
      vatRate: 20,
    },
    { extraId: 'tuning', label: 'Accord du piano de concert', unit: 'unit', priceCents: 14000, vatRate: 20 },
  ],
  version: 1,
});

export const demoClient = (): Client => ({
  clientId: ids.client,
  legalName: 'Chœur des Lilas',
  category: 'association',
  siren: '732829320',
  siret: '73282932000074',
  vatNumber: 'FR44732829320',
  billingAddress: { lines: ['12 rue des Lilas'], postcode: '75019', city: 'Paris', countryCode: 'FR' },
  contact: { name: 'Marie Durand', email: 'choeur.des.lilas@example.org', phone: '01 42 00 00 00' },
  version: 1,
});

/** A draft for Saturday 20 March 2027, 19:00–23:00 in the first concert hall, with a tuning and 5 technician hours. */
export const demoQuote = (timeZone: string, issueDate: string): Quote => {
  const hall = demoPlaces().find((place) => place.kind === 'concert-hall');
  if (!hall) throw new Error('The demo school has no concert hall');
  const grid = demoGrid();
  const client = demoClient();
  const { slots, lines } = priceQuote({
    grid,
    category: client.category,
    slots: [{ placeId: hall.id, startsAt: '2027-03-20T19:00:00+01:00', endsAt: '2027-03-20T23:00:00+01:00' }],
    extras: [
      { extraId: 'tuning', quantity: 1 },
      { extraId: 'technician', quantity: 5 },
    ],
    places: new Map([[hall.id, { placeId: hall.id, name: hall.name, kind: hall.kind }]]),
    timeZone,
  });
  const { version: _version, ...snapshot } = client;
  return {
    quoteId: ids.quote,
    number: quoteNumber(issueDate.slice(0, 4), 1),
    clientId: client.clientId,
    client: snapshot,
    gridId: grid.gridId,
    status: 'draft',
    issueDate,
    validUntil: DateTime.fromISO(issueDate).plus({ days: defaultValidityDays }).toISODate() as string,
    slots,
    lines,
    totals: saleTotals(lines),
    title: 'Concert de printemps',
    history: [{ status: 'draft', at: `${issueDate}T09:00:00.000Z`, by: 'demo' }],
    version: 1,
  };
};
