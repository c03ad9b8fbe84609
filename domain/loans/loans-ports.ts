import type { AuditEntry } from '#domain/audit/audit-entry';
import type { Relations } from '#domain/identity/authorize';
import type { DirectoryReader } from '#domain/people/directory-ports';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { Item, ItemChange, ItemFamily } from './item';
import type { Loan, LoanStatus } from './loan';
import type { MonthMarks } from './loan-holds';
import type { LoanRule } from './loan-rules';

// L1 inventory
export interface ItemPage {
  items: Item[];
  /** Where the next page starts, when there is one. */
  cursor?: string;
}

export interface InventoryStore {
  item(itemId: string): Promise<Item | undefined>;
  /** Every change of an item, the first first. */
  history(itemId: string): Promise<ItemChange[]>;
  /** A family's items by kind, a page at a time, filtered by words already folded (`searchFolded`): one query. */
  family(family: ItemFamily, options: { words?: string; cursor?: string; limit: number }): Promise<ItemPage>;
  /** Every item of a family, by kind: one query, paged through. */
  allOfFamily(family: ItemFamily): Promise<Item[]>;
  /**
   * Writes a change with its history line, guards (serial number, source line), events and audit entry in one
   * transaction, on condition that the item is still at `previous`'s version (none: that it does not exist):
   * `StaleVersionError`, `ConflictError('serial_number_taken' | 'item_id_taken')` otherwise, nothing written.
   */
  save(change: ItemChange, previous: Item | undefined, events: readonly OutgoingEvent[]): Promise<void>;
  /** The items that already hold these serial keys or source ids, for an import's dry run. */
  taken(keys: { serialKeys: readonly string[]; sourceIds: readonly string[] }): Promise<Set<string>>;
}

// L1 public catalogues
/** A static file of a catalogue, under `s/instruments/`. */
export interface CatalogueFile {
  path: string;
  body: string | Uint8Array;
  contentType: string;
}

export interface CatalogueFiles {
  put(files: readonly CatalogueFile[]): Promise<void>;
}

export interface LoansPorts {
  inventory: InventoryStore;
  relations: Relations;
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string; name: string; timeZone: string };
}

export interface CataloguePorts {
  inventory: Pick<InventoryStore, 'allOfFamily'>;
  files: CatalogueFiles;
  clock: Clock;
  school: { name: string; timeZone: string };
}
// Loans (to come)

// L1 loans
/** The day marks a decision writes or removes: an item's, month by month. */
export interface HoldPlan {
  itemId: string;
  family: ItemFamily;
  marks: MonthMarks[];
}

/** What a month's marks item holds: the loan of each held day, and a short summary of each loan. */
export interface MonthHold {
  itemId: string;
  month: string;
  /** `d05` → the loan holding the 5th. */
  days: Record<string, string>;
  loans: Record<string, HeldLoanSummary>;
}

/** What the marks say of a loan, so that availability reads no loan: its status, borrower and span. */
export interface HeldLoanSummary {
  status: LoanStatus;
  borrowerId: string;
  startDate: string;
  endDate: string;
}

export interface DecisionEffects {
  /** The marks to write, each day on condition that it is free: `ConflictError('item_held')` otherwise. */
  hold?: HoldPlan;
  /** The marks to remove, on condition that they are still this loan's. */
  release?: HoldPlan;
  /** The year of the series the loan takes its number in (`P2026-0001`), when it is approved. */
  numberYear?: number;
}

export interface LoanStore {
  loan(loanId: string): Promise<Loan | undefined>;
  /** The loans of a status, by start: one query. */
  ofStatus(status: LoanStatus): Promise<Loan[]>;
  /** A borrower's loans, by start: one query. */
  ofBorrower(personId: string): Promise<Loan[]>;
  /** An item's loans, by start: one query. */
  ofItem(itemId: string): Promise<Loan[]>;
  /** A new request, with its events. */
  create(loan: Loan, events: readonly OutgoingEvent[]): Promise<void>;
  /**
   * A decision in ONE transaction: the loan on the version read (`StaleVersionError`), its number from the year's
   * counter, the marks written or removed, its events (outbox) and audit entry. Returns the loan as written.
   */
  decide(
    next: Loan,
    previous: Loan,
    effects: DecisionEffects,
    written: { events: (loan: Loan) => OutgoingEvent[]; audit: (loan: Loan) => AuditEntry },
  ): Promise<Loan>;
  /** A family's marks over a month: one query of its index. */
  holdsOf(family: ItemFamily, month: string): Promise<MonthHold[]>;
}

/** The directory's reads the loans need: the borrower, their class's level, a guardian's children, names. */
export type LoanDirectory = Pick<DirectoryReader, 'person' | 'people' | 'schoolClass' | 'childrenOf'>;

export interface LoanPorts extends LoansPorts {
  loans: LoanStore;
  directory: LoanDirectory;
  rules: readonly LoanRule[];
}
