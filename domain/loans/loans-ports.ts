import type { Relations } from '#domain/identity/authorize';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { Item, ItemChange, ItemFamily } from './item';
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
// Loans (to come)
