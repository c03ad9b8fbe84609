import * as z from 'zod/mini';
import { placeKinds } from '#domain/places/place';
import { calendarDateSchema, idSchema, pageLimitSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';

/**
 * The sales module's shared records (issue 18): the school hires its halls and studios out to clients
 * (associations, companies, public bodies, partners), prices them with a rate grid, quotes, invoices and is paid.
 * Money is in integer euro cents, VAT rates in percent (20, 10, 5.5, 0), quantities with at most 2 decimals.
 * S1 owns this file; the other parts propose changes on the board.
 */

// ---------------------------------------------------------------------------------------------------------------
// Clients

export const clientCategories = ['association', 'company', 'public-body', 'partner'] as const;
export type ClientCategory = (typeof clientCategories)[number];

export interface PostalAddress {
  lines: string[];
  postcode: string;
  city: string;
  /** ISO 3166-1 alpha-2: FR. */
  countryCode: string;
}

export interface Client {
  clientId: string;
  legalName: string;
  category: ClientCategory;
  /** 9 digits, Luhn key (La Poste's 356000000 excepted). */
  siren?: string;
  /** 14 digits: the SIREN then the establishment's NIC, Luhn key. */
  siret?: string;
  /** FR + 2-digit key + SIREN. */
  vatNumber?: string;
  billingAddress: PostalAddress;
  contact: { name: string; email?: string; phone?: string };
  /** A public body invoiced through Chorus Pro: its service code, and the commitment number it gives. */
  chorusPro?: { serviceCode?: string; commitmentNumber?: string };
  /** The directory's contact person (`contactKind: 'client'`), when the client is linked to one. */
  personId?: string;
  version: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Rate grids

export const placeUnits = ['hour', 'half-day', 'day', 'evening'] as const;
export type PlaceUnit = (typeof placeUnits)[number];
export const extraUnits = ['hour', 'unit'] as const;
export type ExtraUnit = (typeof extraUnits)[number];
export const saleUnits = ['hour', 'half-day', 'day', 'evening', 'unit'] as const;
export type SaleUnit = (typeof saleUnits)[number];

/** The VAT rates of France in percent: normal, intermediate, reduced, none (an exemption says why). */
export const vatRates = [20, 10, 5.5, 0] as const;
export type VatRate = (typeof vatRates)[number];

export interface Rate {
  /** A rate for one place, or (without placeId) for every place of a kind. A place's own rate wins. */
  placeId?: string;
  placeKind?: (typeof placeKinds)[number];
  category: ClientCategory;
  unit: PlaceUnit;
  /** Excluding VAT. */
  priceCents: number;
  vatRate: VatRate;
  /** The wording printed when the VAT rate is 0: « TVA non applicable, art. 261 D du CGI ». */
  vatExemption?: string;
  setupMinutes: number;
  teardownMinutes: number;
}

export interface Extra {
  extraId: string;
  label: string;
  unit: ExtraUnit;
  priceCents: number;
  vatRate: VatRate;
  vatExemption?: string;
}

export interface RateGrid {
  gridId: string;
  name: string;
  /** YYYY-MM-DD, both included. */
  validFrom: string;
  validTo: string;
  rates: Rate[];
  extras: Extra[];
  version: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Quotes, their lines and totals

export const quoteStatuses = ['draft', 'sent', 'accepted', 'refused', 'expired', 'cancelled'] as const;
export type QuoteStatus = (typeof quoteStatuses)[number];

export const lineKinds = ['place', 'extra', 'free'] as const;
export type LineKind = (typeof lineKinds)[number];

/** One line of a quote, an invoice or a credit note. */
export interface SaleLine {
  lineId: string;
  kind: LineKind;
  label: string;
  /** At most 2 decimals (1.5 hours). */
  quantity: number;
  unit: SaleUnit;
  /** Excluding VAT; negative for a discount line. */
  unitPriceCents: number;
  vatRate: VatRate;
  vatExemption?: string;
  /** The quote's slot a place line prices. */
  slotIndex?: number;
  /** The grid's extra an extra line prices. */
  extraId?: string;
}

export interface VatBreakdownLine {
  vatRate: VatRate;
  baseCents: number;
  vatCents: number;
  exemption?: string;
}

export interface SaleTotals {
  netCents: number;
  vatCents: number;
  grossCents: number;
  vatBreakdown: VatBreakdownLine[];
}

export interface QuoteSlot {
  placeId: string;
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
  setupMinutes: number;
  teardownMinutes: number;
}

export interface QuoteHistoryEntry {
  status: QuoteStatus;
  /** ISO instant. */
  at: string;
  /** The person who made the change, or `client` for the client's answer through their link. */
  by: string;
}

export interface Quote {
  quoteId: string;
  /** Its own series, by year of issue: D2026-0001. */
  number: string;
  clientId: string;
  /** The client as it was when the quote was last written: a later change of the client does not alter it. */
  client: Omit<Client, 'version'>;
  gridId: string;
  status: QuoteStatus;
  /** YYYY-MM-DD in the school's zone. */
  issueDate: string;
  validUntil: string;
  slots: QuoteSlot[];
  lines: SaleLine[];
  totals: SaleTotals;
  /** What the client calls it: « Concert de printemps ». */
  title?: string;
  /** The external project, once its slots are held in the planning (S2). */
  projectId?: string;
  holdUntil?: string;
  history: QuoteHistoryEntry[];
  version: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs

/** Money in cents: a whole number, up to ten million euros. */
export const centsSchema = z
  .int('must be a whole number of cents')
  .check(z.gte(-1_000_000_000, 'is too small'), z.lte(1_000_000_000, 'is too large'));
const positiveCentsSchema = z
  .int('must be a whole number of cents')
  .check(z.gte(0, 'must not be negative'), z.lte(1_000_000_000, 'is too large'));

export const vatRateSchema = z.union(
  vatRates.map((rate) => z.literal(rate)),
  'must be a VAT rate: 20, 10, 5.5 or 0',
);

/** A quantity with at most 2 decimals, above 0. */
export const quantitySchema = z.number('must be a number').check(
  z.gt(0, 'must be more than 0'),
  z.lte(10_000, 'must be at most 10000'),
  z.refine((value) => Math.round(value * 100) === value * 100, 'must have at most 2 decimals'),
);

const minutesSchema = z
  .int('must be a whole number of minutes')
  .check(z.gte(0, 'must not be negative'), z.lte(480, 'must be at most 480'));

const vatExemptionSchema = z.optional(text(200));

export const clientInputSchema = z.strictObject({
  legalName: text(200),
  category: z.enum(clientCategories, `must be one of ${clientCategories.join(', ')}`),
  siren: z.optional(z.string().check(z.trim(), z.maxLength(20, 'must be 9 digits'))),
  siret: z.optional(z.string().check(z.trim(), z.maxLength(20, 'must be 14 digits'))),
  vatNumber: z.optional(z.string().check(z.trim(), z.maxLength(20, 'must be FR, 2 digits and the SIREN'))),
  billingAddress: z.strictObject({
    lines: z
      .array(text(200))
      .check(z.minLength(1, 'must hold one line at least'), z.maxLength(4, 'must hold at most 4 lines')),
    postcode: text(20),
    city: text(100),
    countryCode: z._default(
      z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a country code such as FR')),
      'FR',
    ),
  }),
  contact: z.strictObject({
    name: text(200),
    email: z.optional(z.email('must be an e-mail address').check(z.maxLength(254, 'is too long'))),
    phone: z.optional(text(30)),
  }),
  chorusPro: z.optional(
    z.strictObject({ serviceCode: z.optional(text(100)), commitmentNumber: z.optional(text(50)) }),
  ),
  personId: z.optional(idSchema),
  /** The version read, to update a client; absent to create one. */
  version: z.optional(z.int('must be the version you read').check(z.gte(1, 'must be the version you read'))),
});
export type ClientInput = z.output<typeof clientInputSchema>;

export const clientListQuerySchema = z.strictObject({
  name: z.optional(z.string().check(z.trim(), z.maxLength(100, 'must be at most 100 characters'))),
  limit: pageLimitSchema(100, 50),
  after: z.optional(z.string().check(z.maxLength(1000, 'is not a page of this list'))),
});

const rateInputSchema = z.strictObject({
  placeId: z.optional(idSchema),
  placeKind: z.optional(z.enum(placeKinds, `must be one of ${placeKinds.join(', ')}`)),
  category: z.enum(clientCategories, `must be one of ${clientCategories.join(', ')}`),
  unit: z.enum(placeUnits, `must be one of ${placeUnits.join(', ')}`),
  priceCents: positiveCentsSchema,
  vatRate: vatRateSchema,
  vatExemption: vatExemptionSchema,
  setupMinutes: z._default(minutesSchema, 0),
  teardownMinutes: z._default(minutesSchema, 0),
});

const extraInputSchema = z.strictObject({
  extraId: z.optional(idSchema),
  label: text(200),
  unit: z.enum(extraUnits, `must be one of ${extraUnits.join(', ')}`),
  priceCents: positiveCentsSchema,
  vatRate: vatRateSchema,
  vatExemption: vatExemptionSchema,
});

export const maxRatesPerGrid = 300;
export const maxExtrasPerGrid = 50;

export const gridInputSchema = z.strictObject({
  name: text(200),
  validFrom: calendarDateSchema,
  validTo: calendarDateSchema,
  rates: z
    .array(rateInputSchema)
    .check(z.maxLength(maxRatesPerGrid, `must list at most ${maxRatesPerGrid} rates`)),
  extras: z._default(
    z
      .array(extraInputSchema)
      .check(z.maxLength(maxExtrasPerGrid, `must list at most ${maxExtrasPerGrid} extras`)),
    [],
  ),
  version: z.optional(z.int('must be the version you read').check(z.gte(1, 'must be the version you read'))),
});
export type GridInput = z.output<typeof gridInputSchema>;

/** An instant with its offset, as the portal sends it: 2027-03-12T18:00:00+01:00 or …Z. */
export const instantSchema = z.string('must be an instant such as 2027-03-12T18:00:00+01:00').check(
  z.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/,
    'must be an instant such as 2027-03-12T18:00:00+01:00',
  ),
  z.refine((value) => !Number.isNaN(Date.parse(value)), 'is not an instant of the calendar'),
);

export const maxSlotsPerQuote = 60;
export const maxLinesPerQuote = 200;

const slotInputSchema = z.strictObject({
  placeId: idSchema,
  startsAt: instantSchema,
  endsAt: instantSchema,
  /** Absent: the grid's margins for the place. */
  setupMinutes: z.optional(minutesSchema),
  teardownMinutes: z.optional(minutesSchema),
});

const extraChoiceSchema = z.strictObject({ extraId: idSchema, quantity: quantitySchema });

export const lineInputSchema = z.strictObject({
  lineId: z.optional(idSchema),
  kind: z.enum(lineKinds, `must be one of ${lineKinds.join(', ')}`),
  label: text(300),
  quantity: quantitySchema,
  unit: z.enum(saleUnits, `must be one of ${saleUnits.join(', ')}`),
  unitPriceCents: centsSchema,
  vatRate: vatRateSchema,
  vatExemption: vatExemptionSchema,
  slotIndex: z.optional(z.int().check(z.gte(0), z.lt(maxSlotsPerQuote))),
  extraId: z.optional(idSchema),
});
export type LineInput = z.output<typeof lineInputSchema>;

/**
 * A quote as the builder sends it: the client, its slots and extras. Without `lines`, the lines are priced from the
 * grid; with them (a draft edited by hand), they are kept as given.
 */
export const quoteInputSchema = z.strictObject({
  clientId: idSchema,
  title: z.optional(text(200)),
  /** Absent: the grid valid on the first slot's day. */
  gridId: z.optional(idSchema),
  slots: z
    .array(slotInputSchema)
    .check(
      z.minLength(1, 'must list one slot at least'),
      z.maxLength(maxSlotsPerQuote, `must list at most ${maxSlotsPerQuote} slots`),
    ),
  extras: z._default(
    z
      .array(extraChoiceSchema)
      .check(z.maxLength(maxExtrasPerGrid, `must list at most ${maxExtrasPerGrid} extras`)),
    [],
  ),
  lines: z.optional(
    z
      .array(lineInputSchema)
      .check(z.maxLength(maxLinesPerQuote, `must list at most ${maxLinesPerQuote} lines`)),
  ),
  validUntil: z.optional(calendarDateSchema),
  version: z.optional(z.int('must be the version you read').check(z.gte(1, 'must be the version you read'))),
});
export type QuoteInput = z.output<typeof quoteInputSchema>;

export const quoteStatusSchema = z.enum(quoteStatuses, `must be one of ${quoteStatuses.join(', ')}`);

export const quoteListQuerySchema = z.strictObject({
  status: z._default(quoteStatusSchema, 'draft'),
  limit: pageLimitSchema(100, 50),
  after: z.optional(z.string().check(z.maxLength(1000, 'is not a page of this list'))),
});

export const versionInputSchema = z.strictObject({
  version: z.int('must be the version you read').check(z.gte(1, 'must be the version you read')),
});
