import { DateTime } from 'luxon';
import type { PlaceKind } from '#domain/places/place';
import { ValidationError } from '#domain/shared/errors';
import type { ClientCategory, PlaceUnit, QuoteInput, QuoteSlot, Rate, RateGrid, SaleLine } from './sales';

/**
 * Prices a quote from a rate grid: pure, so that the builder's preview and the saved quote agree.
 *
 * The rules (README, Sales):
 * - A slot is priced in one unit of the place's rates for the client's category, the cheapest for the client among
 *   those that apply: `hour` always (its length rounded up to the quarter hour: 2 h 10 → 2,25 h); `half-day` when
 *   it lasts 4 hours at most; `day` when it lasts 12 hours at most; `evening` when it starts at 18:00 or later and
 *   ends by midnight, in the school's time zone. On a tie the larger unit reads better on the quote: evening,
 *   day, half-day, then hour.
 * - A place's own rate wins over the rate of its kind of place.
 * - Set-up and teardown margins are held around the slot (the place is taken for them) and included in the price,
 *   not billed: a slot without its own margins takes the chosen rate's.
 * - Extras are billed at the grid's price, in their unit, in the quantity asked.
 */

export interface PlaceToPrice {
  placeId: string;
  name: string;
  kind: PlaceKind;
}

export interface PricingInput {
  grid: RateGrid;
  category: ClientCategory;
  slots: QuoteInput['slots'];
  extras: QuoteInput['extras'];
  places: ReadonlyMap<string, PlaceToPrice>;
  timeZone: string;
}

export interface PricedQuote {
  slots: QuoteSlot[];
  lines: SaleLine[];
}

/** A slot lasts 24 hours at most: longer hires are quoted as several slots, one a day. */
export const maxSlotMinutes = 24 * 60;

const tieOrder: readonly PlaceUnit[] = ['evening', 'day', 'half-day', 'hour'];

/** The quantity of hours of a slot: its minutes rounded up to the quarter hour, in hours (2 decimals). */
export const billedHours = (minutes: number) => Math.ceil(minutes / 15) / 4;

/** The units that apply to a slot, with the quantity each would bill. */
export const applicableUnits = (startsAt: string, endsAt: string, timeZone: string) => {
  const start = DateTime.fromISO(startsAt, { zone: timeZone });
  const end = DateTime.fromISO(endsAt, { zone: timeZone });
  const minutes = Math.round(end.diff(start, 'minutes').minutes);
  const endsByMidnight =
    end.toISODate() === start.toISODate() ||
    (end.toISODate() === start.plus({ days: 1 }).toISODate() && end.hour === 0 && end.minute === 0);
  const units: { unit: PlaceUnit; quantity: number }[] = [{ unit: 'hour', quantity: billedHours(minutes) }];
  if (minutes <= 4 * 60) units.push({ unit: 'half-day', quantity: 1 });
  if (minutes <= 12 * 60) units.push({ unit: 'day', quantity: 1 });
  if (start.hour >= 18 && endsByMidnight) units.push({ unit: 'evening', quantity: 1 });
  return { minutes, units };
};

/** The grid's rate of a place for a category and unit: the place's own, else its kind's. */
export const rateOf = (
  grid: Pick<RateGrid, 'rates'>,
  place: PlaceToPrice,
  category: ClientCategory,
  unit: PlaceUnit,
): Rate | undefined =>
  grid.rates.find(
    (rate) => rate.placeId === place.placeId && rate.category === category && rate.unit === unit,
  ) ??
  grid.rates.find(
    (rate) =>
      rate.placeId === undefined &&
      rate.placeKind === place.kind &&
      rate.category === category &&
      rate.unit === unit,
  );

/** How a slot reads on the quote: « Auditorium, samedi 13 mars 2027, 18:00–22:00 ». */
export const slotLabel = (placeName: string, startsAt: string, endsAt: string, timeZone: string) => {
  const start = DateTime.fromISO(startsAt, { zone: timeZone }).setLocale('fr');
  const end = DateTime.fromISO(endsAt, { zone: timeZone }).setLocale('fr');
  const sameDay = start.toISODate() === end.toISODate();
  const day = start.toFormat('cccc d LLLL yyyy');
  return sameDay
    ? `${placeName}, ${day}, ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`
    : `${placeName}, du ${day} ${start.toFormat('HH:mm')} au ${end.toFormat('cccc d LLLL yyyy HH:mm')}`;
};

export const priceQuote = ({
  grid,
  category,
  slots,
  extras,
  places,
  timeZone,
}: PricingInput): PricedQuote => {
  const problems: ValidationError[] = [];
  const pricedSlots: QuoteSlot[] = [];
  const lines: SaleLine[] = [];
  slots.forEach((slot, index) => {
    const field = `slots.${index}`;
    const place = places.get(slot.placeId);
    if (!place) {
      problems.push(new ValidationError(`${field}.placeId`, 'names no place of the school', 'unknown_place'));
      return;
    }
    if (Date.parse(slot.endsAt) <= Date.parse(slot.startsAt)) {
      problems.push(new ValidationError(`${field}.endsAt`, 'must follow the start', 'slot_reversed'));
      return;
    }
    const { minutes, units } = applicableUnits(slot.startsAt, slot.endsAt, timeZone);
    if (minutes > maxSlotMinutes) {
      problems.push(new ValidationError(`${field}.endsAt`, 'a slot lasts 24 hours at most', 'slot_too_long'));
      return;
    }
    const offers = units.flatMap(({ unit, quantity }) => {
      const rate = rateOf(grid, place, category, unit);
      return rate ? [{ unit, quantity, rate, cost: quantity * rate.priceCents }] : [];
    });
    const [best] = offers.sort(
      (a, b) => a.cost - b.cost || tieOrder.indexOf(a.unit) - tieOrder.indexOf(b.unit),
    );
    if (!best) {
      problems.push(
        new ValidationError(
          `${field}.placeId`,
          'the grid has no rate for this place and client',
          'no_rate_for_slot',
        ),
      );
      return;
    }
    pricedSlots.push({
      placeId: slot.placeId,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      setupMinutes: slot.setupMinutes ?? best.rate.setupMinutes,
      teardownMinutes: slot.teardownMinutes ?? best.rate.teardownMinutes,
    });
    lines.push({
      lineId: `slot-${index + 1}`,
      kind: 'place',
      label: slotLabel(place.name, slot.startsAt, slot.endsAt, timeZone),
      quantity: best.quantity,
      unit: best.unit,
      unitPriceCents: best.rate.priceCents,
      vatRate: best.rate.vatRate,
      ...(best.rate.vatExemption !== undefined && { vatExemption: best.rate.vatExemption }),
      slotIndex: index,
    });
  });
  extras.forEach((choice, index) => {
    const extra = grid.extras.find((candidate) => candidate.extraId === choice.extraId);
    if (!extra) {
      problems.push(
        new ValidationError(`extras.${index}.extraId`, 'is not an extra of the grid', 'unknown_extra'),
      );
      return;
    }
    lines.push({
      lineId: `extra-${index + 1}`,
      kind: 'extra',
      label: extra.label,
      quantity: choice.quantity,
      unit: extra.unit,
      unitPriceCents: extra.priceCents,
      vatRate: extra.vatRate,
      ...(extra.vatExemption !== undefined && { vatExemption: extra.vatExemption }),
      extraId: extra.extraId,
    });
  });
  const [first, ...rest] = problems;
  if (first) throw ValidationError.of([first, ...rest]);
  return { slots: pricedSlots, lines };
};

/** The grid valid on a day (YYYY-MM-DD): grids never overlap, so there is one at most. */
export const gridValidOn = <Grid extends Pick<RateGrid, 'validFrom' | 'validTo'>>(
  grids: readonly Grid[],
  date: string,
) => grids.find((grid) => grid.validFrom <= date && date <= grid.validTo);

/** The day of an instant in the school's zone. */
export const localDate = (instant: string, timeZone: string) =>
  DateTime.fromISO(instant, { zone: timeZone }).toISODate() as string;
