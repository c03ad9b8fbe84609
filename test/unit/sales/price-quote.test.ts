import { describe, expect, it } from 'vitest';
import {
  billedHours,
  gridValidOn,
  type PlaceToPrice,
  priceQuote,
  slotLabel,
} from '#domain/sales/price-quote';
import type { Rate, RateGrid } from '#domain/sales/sales';

const zone = 'Europe/Paris';
const hall: PlaceToPrice = { placeId: 'hall', name: 'Auditorium', kind: 'concert-hall' };
const studio: PlaceToPrice = { placeId: 'studio', name: 'Studio de danse', kind: 'dance-studio' };
const places = new Map([hall, studio].map((place) => [place.placeId, place]));

const rate = (unit: Rate['unit'], priceCents: number, overrides: Partial<Rate> = {}): Rate => ({
  placeKind: 'concert-hall',
  category: 'association',
  unit,
  priceCents,
  vatRate: 20,
  setupMinutes: 30,
  teardownMinutes: 15,
  ...overrides,
});

const grid: RateGrid = {
  gridId: 'g',
  name: 'Saison',
  validFrom: '2026-09-01',
  validTo: '2027-08-31',
  rates: [rate('hour', 6000), rate('half-day', 20000), rate('day', 35000), rate('evening', 25000)],
  extras: [{ extraId: 'tuning', label: 'Accord du piano', unit: 'unit', priceCents: 12000, vatRate: 20 }],
  version: 1,
};

const priceOne = (
  startsAt: string,
  endsAt: string,
  overrides: Partial<Parameters<typeof priceQuote>[0]> = {},
) =>
  priceQuote({
    grid,
    category: 'association',
    slots: [{ placeId: 'hall', startsAt, endsAt }],
    extras: [],
    places,
    timeZone: zone,
    ...overrides,
  });

describe('pricing a quote by its grid', () => {
  it.each([
    [
      '3 hours in the evening: the hourly rate is cheaper',
      '2027-03-13T19:00:00+01:00',
      '2027-03-13T22:00:00+01:00',
      'hour',
      3,
      6000,
    ],
    [
      'an evening from 18:00 to 23:30',
      '2027-03-13T18:00:00+01:00',
      '2027-03-13T23:30:00+01:00',
      'evening',
      1,
      25000,
    ],
    ['a morning of 4 hours', '2027-03-13T09:00:00+01:00', '2027-03-13T13:00:00+01:00', 'half-day', 1, 20000],
    ['a day of 9 hours', '2027-03-13T09:00:00+01:00', '2027-03-13T18:00:00+01:00', 'day', 1, 35000],
    [
      '2 h 10, rounded up to the quarter',
      '2027-03-13T14:00:00+01:00',
      '2027-03-13T16:10:00+01:00',
      'hour',
      2.25,
      6000,
    ],
    [
      'an evening that ends at midnight, in summer time',
      '2027-06-12T19:00:00+02:00',
      '2027-06-13T00:00:00+02:00',
      'evening',
      1,
      25000,
    ],
  ])('prices %s', (_, startsAt, endsAt, unit, quantity, unitPriceCents) => {
    const [line] = priceOne(startsAt, endsAt).lines;
    expect(line).toMatchObject({ kind: 'place', unit, quantity, unitPriceCents, vatRate: 20, slotIndex: 0 });
  });

  it('reads the evening in the school’s zone, not in UTC', () => {
    // 17:30 UTC is 18:30 in Paris in winter: an evening there.
    const [line] = priceOne('2027-01-16T17:30:00Z', '2027-01-16T22:30:00Z').lines;
    expect(line?.unit).toBe('evening');
  });

  it('takes the set-up and teardown margins of the chosen rate unless the slot says', () => {
    expect(priceOne('2027-03-13T09:00:00+01:00', '2027-03-13T13:00:00+01:00').slots[0]).toMatchObject({
      setupMinutes: 30,
      teardownMinutes: 15,
    });
    const own = priceOne('2027-03-13T09:00:00+01:00', '2027-03-13T13:00:00+01:00', {
      slots: [
        {
          placeId: 'hall',
          startsAt: '2027-03-13T09:00:00+01:00',
          endsAt: '2027-03-13T13:00:00+01:00',
          setupMinutes: 60,
          teardownMinutes: 0,
        },
      ],
    });
    expect(own.slots[0]).toMatchObject({ setupMinutes: 60, teardownMinutes: 0 });
  });

  it('prefers a place’s own rate to its kind’s', () => {
    const withOwn = {
      ...grid,
      rates: [...grid.rates, rate('hour', 3000, { placeKind: undefined, placeId: 'hall' })],
    };
    const [line] = priceOne('2027-03-13T14:00:00+01:00', '2027-03-13T15:00:00+01:00', {
      grid: withOwn,
    }).lines;
    expect(line).toMatchObject({ unit: 'hour', quantity: 1, unitPriceCents: 3000 });
  });

  it('adds the extras asked, at the grid’s price', () => {
    const { lines } = priceOne('2027-03-13T14:00:00+01:00', '2027-03-13T15:00:00+01:00', {
      extras: [{ extraId: 'tuning', quantity: 1 }],
    });
    expect(lines[1]).toMatchObject({
      kind: 'extra',
      label: 'Accord du piano',
      quantity: 1,
      unit: 'unit',
      unitPriceCents: 12000,
      extraId: 'tuning',
    });
  });

  it('refuses, field by field, a place without a rate, a reversed or too long slot, an unknown extra', () => {
    const refusal = (() => {
      try {
        priceQuote({
          grid,
          category: 'association',
          slots: [
            { placeId: 'studio', startsAt: '2027-03-13T14:00:00+01:00', endsAt: '2027-03-13T15:00:00+01:00' },
            { placeId: 'hall', startsAt: '2027-03-13T15:00:00+01:00', endsAt: '2027-03-13T14:00:00+01:00' },
            { placeId: 'hall', startsAt: '2027-03-13T15:00:00+01:00', endsAt: '2027-03-15T14:00:00+01:00' },
            {
              placeId: 'nowhere',
              startsAt: '2027-03-13T14:00:00+01:00',
              endsAt: '2027-03-13T15:00:00+01:00',
            },
          ],
          extras: [{ extraId: 'fireworks', quantity: 1 }],
          places,
          timeZone: zone,
        });
      } catch (error) {
        return error as { problems: { field: string; code: string }[] };
      }
    })();
    expect(refusal?.problems.map(({ field, code }) => `${field} ${code}`)).toEqual([
      'slots.0.placeId no_rate_for_slot',
      'slots.1.endsAt slot_reversed',
      'slots.2.endsAt slot_too_long',
      'slots.3.placeId unknown_place',
      'extras.0.extraId unknown_extra',
    ]);
  });

  it('prices a company at its own category’s rates only', () => {
    expect(() =>
      priceOne('2027-03-13T14:00:00+01:00', '2027-03-13T15:00:00+01:00', { category: 'company' }),
    ).toThrow(/no rate/);
  });

  it('words a slot in French, in the school’s zone', () => {
    expect(slotLabel('Auditorium', '2027-03-13T18:00:00Z', '2027-03-13T21:00:00Z', zone)).toBe(
      'Auditorium, samedi 13 mars 2027, 19:00–22:00',
    );
  });

  it('rounds hours up to the quarter', () => {
    expect([60, 61, 75, 130, 135].map(billedHours)).toEqual([1, 1.25, 1.25, 2.25, 2.25]);
  });

  it('finds the grid valid on a day', () => {
    const grids = [
      { gridId: 'a', validFrom: '2025-09-01', validTo: '2026-08-31' },
      { gridId: 'b', validFrom: '2026-09-01', validTo: '2027-08-31' },
    ];
    expect(gridValidOn(grids, '2026-08-31')?.gridId).toBe('a');
    expect(gridValidOn(grids, '2026-09-01')?.gridId).toBe('b');
    expect(gridValidOn(grids, '2027-09-01')).toBeUndefined();
  });
});
