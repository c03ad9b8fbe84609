import type { Relations } from '#domain/identity/authorize';
import type { UploadForm } from '#domain/messaging/attachments';
import type { ArrivedFile } from '#domain/messaging/message-attachments';
import type { Person } from '#domain/people/person';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { Item, ItemChange, ItemFamily } from './item';
import type { Loan, LoanDocument } from './loan';

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
