import type { AuditEntry } from '#domain/audit/audit-entry';
import type { Actor } from '#domain/identity/actor';
import type { Relations } from '#domain/identity/authorize';
import type { UploadForm } from '#domain/messaging/attachments';
import type { ArrivedFile } from '#domain/messaging/message-attachments';
import type { NotificationDraft } from '#domain/messaging/notification';
import type { DirectoryReader } from '#domain/people/directory-ports';
import type { Person } from '#domain/people/person';
import type { CalendarStore } from '#domain/planning/planning-ports';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { Item, ItemChange, ItemFamily } from './item';
import type { Loan, LoanDocument, LoanReminder, LoanStatus } from './loan';
import type { MonthMarks } from './loan-holds';
import type { LoanRule } from './loan-rules';
import type { PhotoFiles } from './photos';

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
  // L4 photos
  /** The names of the files in a folder of the catalogues (`s/instruments/cordes/photos/`): one listing. */
  list(folder: string): Promise<string[]>;
  remove(paths: readonly string[]): Promise<void>;
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
  /** The items' photos, in the documents bucket: each family's first ones are copied next to its page. */
  photos: Pick<PhotoFiles, 'read'>;
  clock: Clock;
  school: { name: string; timeZone: string };
}
// L2 loan form
/** The loan's move written with its item's change (hand-over, return): one transaction. */
export interface ItemMove {
  change: ItemChange;
  previous: Item;
  events: readonly OutgoingEvent[];
}

export interface LoanFormStore {
  loan(loanId: string): Promise<Loan | undefined>;
  /** An item's loans, by start: one query of its index. */
  itemLoans(itemId: string): Promise<Loan[]>;
  /**
   * Writes the loan on condition that it is still at `previousVersion` (`StaleVersionError` otherwise), with its
   * item's change (history line, event, audit entry) on the item's version, and the item's day marks after
   * `release.after` (through `release.through`) that are this loan's released: all or nothing.
   */
  save(
    loan: Loan,
    previousVersion: number,
    move?: ItemMove,
    release?: { itemId: string; after: string; through: string },
  ): Promise<void>;
}

/** The loans' files in the documents bucket (the insurance certificate), one folder per loan. */
export interface LoanFiles {
  uploadForm(
    loanId: string,
    document: Pick<LoanDocument, 'id' | 'name' | 'contentType' | 'size'>,
  ): Promise<UploadForm>;
  uploaded(loanId: string, documentId: string): Promise<ArrivedFile | undefined>;
  keep(loanId: string, documentId: string): Promise<void>;
  downloadUrl(loanId: string, document: Pick<LoanDocument, 'id' | 'name'>): Promise<string>;
}

export interface LoanFormPorts {
  loans: LoanFormStore;
  inventory: Pick<InventoryStore, 'item'>;
  /** The directory: a borrower's birth date and name, a guardian's name. */
  people: { person(personId: string): Promise<Person | undefined> };
  relations: Relations;
  files: LoanFiles;
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string; name: string; timeZone: string };
}

// Loans (to come)

// L3 overdue and campaign
export interface OverdueLoanStore {
  /** The loans `out` whose end date is before `today`: one query of the status index, paged through. */
  outEndedBefore(today: string): Promise<Loan[]>;
  /**
   * Records a reminder on the loan, on condition that it is still `out` and has no step as high recorded: false
   * when it has (a rerun, or another run at once), and then nothing is written.
   */
  claimReminder(loan: Loan, reminder: LoanReminder): Promise<boolean>;
  /** Gives a claim back when its notification could not be sent: the next day's run sends it. */
  releaseReminder(loan: Loan, reminder: LoanReminder): Promise<void>;
  /** The people who keep the loans (the profiles `loans:write` is given to), told at the third step. */
  keeperIds(): Promise<string[]>;
}

export interface BorrowerLoans {
  /** A borrower's loans, by start date: one query of the borrower index. */
  loansOf(borrowerId: string): Promise<Loan[]>;
}

export interface OverduePorts {
  overdue: OverdueLoanStore;
  borrowers: BorrowerLoans;
  items: Pick<InventoryStore, 'item'>;
  directory: Pick<DirectoryReader, 'person' | 'people' | 'guardiansOf'> & Relations;
  /** Puts a notification in its recipients' feeds (and mails, pushes it as they chose): messaging's port. */
  notify(draft: NotificationDraft): Promise<unknown>;
  clock: Clock;
  school: { timeZone: string };
}

/** A yearly campaign of renewals: opened once per school year (opening again adds only what is new). */
export interface RenewalCampaign {
  schoolYear: string;
  /** The next year's dates, from the school calendar. */
  startDate: string;
  endDate: string;
  openedBy: string;
  openedAt: string;
}

export type RenewalDecision = { by: string; at: string; reason?: string };

export interface RenewalCampaignStore {
  /** The loans that run now: `out` and `signed`, one query of the status index each. */
  currentLoans(): Promise<Loan[]>;
  campaign(schoolYear: string): Promise<RenewalCampaign | undefined>;
  /** Puts the campaign if it is not there yet; the first opening's date and author are kept. */
  openCampaign(campaign: RenewalCampaign): Promise<void>;
  /**
   * Writes a renewal with its guard (the old loan and the year) in one transaction: false, nothing written, when
   * the guard is there already, so the same campaign twice (or twice at once) renews each loan once.
   */
  addRenewal(schoolYear: string, renewal: Loan): Promise<boolean>;
  /** The campaign's renewals: one query of its partition, then the loans by key. */
  renewals(schoolYear: string): Promise<Loan[]>;
  loan(loanId: string): Promise<Loan | undefined>;
  /** Writes the loan changed on condition of the version read and that it is still `requested`: false otherwise. */
  update(previous: Loan, next: Loan): Promise<boolean>;
}

/**
 * Approves a renewal through the hold: its item's day marks over the span and its buffer days, and the loan
 * `approved`, in one transaction (L1's decision writes the same; the merger may put L1's in its place).
 */
/**
 * Grants a renewal: its item held over its span and buffer days, the loan approved. L5: through the desk's decision
 * use case (`decideOnLoan`), so a granted renewal gets its number, its marks' summaries, `LoanDecided` (the notice,
 * the family feeds) and its audit entry, as any loan granted at the desk.
 */
export type HoldRenewal = (
  loan: Loan,
  family: ItemFamily,
  decision: RenewalDecision,
  actor: Actor,
) => Promise<'approved' | 'item_held' | 'stale'>;

export interface CampaignPorts {
  campaigns: RenewalCampaignStore;
  holdRenewal: HoldRenewal;
  borrowers: BorrowerLoans;
  items: Pick<InventoryStore, 'item'>;
  calendars: CalendarStore;
  directory: Pick<DirectoryReader, 'person' | 'people' | 'guardiansOf' | 'childrenOf'> & Relations;
  clock: Clock;
  newId: IdGenerator;
  school: { timeZone: string };
}

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
  /** The school's rules of lending, read as they are now (one consistent GetItem; the defaults when unset). */
  rules(): Promise<readonly LoanRule[]>;
}
