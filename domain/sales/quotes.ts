import { DateTime } from 'luxon';
import type { AuditEntry } from '#domain/audit/audit-entry';
import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import { newEvent } from '#events/envelope';
import { quoteStatusChanged } from '#events/sales/sales-events';
import { gridValidOn, localDate, type PlaceToPrice, priceQuote } from './price-quote';
import { isEditable } from './quote-states';
import { saleTotals } from './sale-totals';
import type { Client, Quote, QuoteInput, QuoteStatus, RateGrid, SaleLine } from './sales';
import type { Page, SalesPorts } from './sales-ports';

/** A quote is valid 30 days from its issue unless the builder says otherwise. */
export const defaultValidityDays = 30;

/** The number of the n-th quote of a year: D2026-0001. */
export const quoteNumber = (year: string, sequence: number) =>
  `D${year}-${String(sequence).padStart(4, '0')}`;

/** The audit entry and the event of a quote's move, written in the same transaction as the quote. */
export const quoteMoveRecords = (
  quote: Pick<Quote, 'quoteId' | 'number' | 'version'>,
  from: QuoteStatus | undefined,
  to: QuoteStatus,
  at: string,
  by: { kind: 'person' | 'client'; id: string },
  ports: Pick<SalesPorts, 'school' | 'newId'>,
): { events: ReturnType<typeof newEvent>[]; audit: AuditEntry } => ({
  events: [
    newEvent(
      quoteStatusChanged,
      { quoteId: quote.quoteId, number: quote.number, ...(from && { from }), to, at },
      { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: at },
    ),
  ],
  audit: {
    entryId: `${quote.quoteId}.${to}.v${quote.version}`,
    at,
    actor: by,
    action: `quote.${to === 'draft' ? 'drafted' : to}`,
    subject: { kind: 'quote', id: quote.quoteId },
    details: { number: quote.number, ...(from && { from }) },
  },
});

const snapshotOf = ({ version: _version, ...client }: Client) => client;

interface Priced {
  client: Client;
  grid: RateGrid;
  slots: Quote['slots'];
  lines: SaleLine[];
}

/** Prices a quote's input: its client, its grid (named, or valid on the first slot's day), its slots and extras. */
const priced = async (input: QuoteInput, ports: SalesPorts): Promise<Priced> => {
  const [client, places] = await Promise.all([
    ports.sales.getClient(input.clientId),
    Promise.all([...new Set(input.slots.map(({ placeId }) => placeId))].map((id) => ports.places.get(id))),
  ]);
  if (!client) throw new ValidationError('clientId', 'names no client', 'unknown_client');
  const firstDay = localDate(
    [...input.slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0]?.startsAt as string,
    ports.school.timeZone,
  );
  const gridId = input.gridId ?? gridValidOn((await ports.sales.gridCalendar()).grids, firstDay)?.gridId;
  const grid = gridId ? await ports.sales.getGrid(gridId) : undefined;
  if (!grid) {
    throw input.gridId
      ? new ValidationError('gridId', 'names no rate grid', 'unknown_id')
      : new ValidationError('slots.0.startsAt', `no rate grid is valid on ${firstDay}`, 'no_grid_for_date');
  }
  const known = new Map<string, PlaceToPrice>(
    places.flatMap((place) => (place && !place.archived ? [[place.placeId, place] as const] : [])),
  );
  const pricing = priceQuote({
    grid,
    category: client.category,
    slots: input.slots,
    extras: input.extras,
    places: known,
    timeZone: ports.school.timeZone,
  });
  // Lines edited by hand in the builder are kept as given; their slots still come from the input.
  const lines = input.lines
    ? input.lines.map(({ lineId, ...line }, index) => ({ lineId: lineId ?? `line-${index + 1}`, ...line }))
    : pricing.lines;
  return { client, grid, slots: pricing.slots, lines };
};

const validity = (input: QuoteInput, issueDate: string) => {
  const validUntil =
    input.validUntil ??
    (DateTime.fromISO(issueDate).plus({ days: defaultValidityDays }).toISODate() as string);
  if (validUntil < issueDate) {
    throw new ValidationError(
      'validUntil',
      'must not be before the quote’s date',
      'valid_until_before_issue',
    );
  }
  return validUntil;
};

/** The lines and totals a quote would have, without saving it: the builder's preview. */
export const previewQuote = async (input: QuoteInput, actor: Actor, ports: SalesPorts) => {
  await authorize(actor, 'sales:write', { kind: 'school' }, ports.relations);
  const { grid, slots, lines } = await priced(input, ports);
  return { gridId: grid.gridId, gridName: grid.name, slots, lines, totals: saleTotals(lines) };
};

/**
 * 1. Prices the input. 2. Takes the next number of the year's series and saves the draft with it, its event and
 * its audit entry, in one transaction (again with the next number if another quote took this one).
 */
export const createQuote = async (input: QuoteInput, actor: Actor, ports: SalesPorts): Promise<Quote> => {
  await authorize(actor, 'sales:write', { kind: 'school' }, ports.relations);
  const { client, grid, slots, lines } = await priced(input, ports);
  const now = ports.clock.now();
  const at = now.toISOString();
  const issueDate = localDate(at, ports.school.timeZone);
  const validUntil = validity(input, issueDate);
  const quoteId = ports.newId();
  return ports.sales.createQuote(issueDate.slice(0, 4), (number) => {
    const quote: Quote = {
      quoteId,
      number,
      clientId: client.clientId,
      client: snapshotOf(client),
      gridId: grid.gridId,
      status: 'draft',
      issueDate,
      validUntil,
      slots,
      lines,
      totals: saleTotals(lines),
      ...(input.title && { title: input.title }),
      history: [{ status: 'draft', at, by: actor.personId }],
      version: 1,
    };
    return {
      quote,
      ...quoteMoveRecords(quote, undefined, 'draft', at, { kind: 'person', id: actor.personId }, ports),
    };
  });
};

/** A draft changed in the builder, on the version read: priced again, or its lines kept as edited. */
export const updateQuote = async (
  quoteId: string,
  input: QuoteInput,
  actor: Actor,
  ports: SalesPorts,
): Promise<Quote> => {
  await authorize(actor, 'sales:write', { kind: 'school' }, ports.relations);
  const current = await ports.sales.getQuote(quoteId);
  if (!current) throw new NotFoundError('quote', quoteId);
  if (input.version === undefined) throw new ValidationError('version', 'is required', 'required');
  if (input.version !== current.version) throw new StaleVersionError('quote', quoteId, input.version);
  if (!isEditable(current.status)) {
    throw new ConflictError(
      'quote_not_editable',
      `Quote ${current.number} is ${current.status}: only a draft changes`,
    );
  }
  const { client, grid, slots, lines } = await priced(input, ports);
  const quote: Quote = {
    ...current,
    clientId: client.clientId,
    client: snapshotOf(client),
    gridId: grid.gridId,
    slots,
    lines,
    totals: saleTotals(lines),
    validUntil: validity(input, current.issueDate),
    version: current.version + 1,
  };
  if (input.title) quote.title = input.title;
  else delete quote.title;
  await ports.sales.updateQuote({ quote, events: [] }, current.version);
  return quote;
};

export const readQuote = async (quoteId: string, actor: Actor, ports: SalesPorts): Promise<Quote> => {
  await authorize(actor, 'sales:read', { kind: 'school' }, ports.relations);
  const quote = await ports.sales.getQuote(quoteId);
  if (!quote) throw new NotFoundError('quote', quoteId);
  return quote;
};

export const listQuotes = async (
  query: { status: QuoteStatus; limit: number; after?: string },
  actor: Actor,
  ports: SalesPorts,
): Promise<Page<Quote>> => {
  await authorize(actor, 'sales:read', { kind: 'school' }, ports.relations);
  return ports.sales.listQuotes({
    status: query.status,
    limit: query.limit,
    ...(query.after && { cursor: query.after }),
  });
};
