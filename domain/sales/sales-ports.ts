import type { AuditEntry } from '#domain/audit/audit-entry';
import type { Relations } from '#domain/identity/authorize';
import type { OutgoingEvent } from '#events/envelope';
import type { PlaceToPrice } from './price-quote';
import type { Client, Quote, QuoteStatus, RateGrid } from './sales';

export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

/** A grid as the calendar of grids lists it: enough to list them and to refuse an overlap. */
export interface GridSummary {
  gridId: string;
  name: string;
  validFrom: string;
  validTo: string;
}

/** What a change of a quote writes beside it, in the same transaction: its events and its audit entry. */
export interface QuoteWrite {
  quote: Quote;
  events: readonly OutgoingEvent[];
  audit?: AuditEntry;
}

/** The sales module's records in the school table (`functions/sales/adapters/dynamo-sales.ts`). */
export interface SalesStore {
  getClient(clientId: string): Promise<Client | undefined>;
  /** Creates (`expectedVersion` undefined: refused if the id exists) or replaces the version read. */
  putClient(client: Client, expectedVersion: number | undefined): Promise<void>;
  /** By name; `namePrefix` keeps the names starting so (accents and case ignored). */
  listClients(query: { namePrefix?: string; limit: number; cursor?: string }): Promise<Page<Client>>;

  getGrid(gridId: string): Promise<RateGrid | undefined>;
  /** Every grid by start of validity, with the calendar's version (one item: grids are few, one a season). */
  gridCalendar(): Promise<{ grids: GridSummary[]; version: number }>;
  /** The grid and the calendar written together, each on the version read: an overlap never slips in. */
  putGrid(
    grid: RateGrid,
    expectedVersion: number | undefined,
    calendar: { grids: GridSummary[]; version: number },
  ): Promise<void>;

  getQuote(quoteId: string): Promise<Quote | undefined>;
  /**
   * Saves a new quote with the next number of its year's series, taken from the counter in the same transaction:
   * `build` makes the quote and what goes with it once the number is known (again if another quote took it).
   */
  createQuote(year: string, build: (number: string) => QuoteWrite): Promise<Quote>;
  /** Replaces the version read, with its events and audit entry. */
  updateQuote(write: QuoteWrite, expectedVersion: number): Promise<void>;
  listQuotes(query: { status: QuoteStatus; limit: number; cursor?: string }): Promise<Page<Quote>>;
}

/** Everything the sales use cases need, composed once in `functions/sales/adapters/sales-ports.ts`. */
export interface SalesPorts {
  sales: SalesStore;
  places: { get(placeId: string): Promise<(PlaceToPrice & { archived?: boolean }) | undefined> };
  /** Whether a directory person exists (a client's contact). */
  people: { exists(personId: string): Promise<boolean> };
  relations: Relations;
  clock: { now(): Date };
  newId: () => string;
  school: { schoolId: string; timeZone: string };
}
