/**
 * What a module declares of the school table's key space. A partition prefix (of `PK` or of an index's partition
 * key) belongs to one module; a module that writes items under another module's partition declares the sort-key
 * prefixes of those items, and the partition's owner declares its own there too, so that no two modules' items can
 * meet under one key. `test/unit/platform/table-keys.test.ts` holds every module to what it declares.
 */
export interface KeyPrefixes {
  readonly module: string;
  /** Prefixes of the partition keys (table and indexes) the module owns. */
  readonly partitions: readonly string[];
  /** In a partition written by more than one module: the sort-key prefixes of this module's items there. */
  readonly sortKeys: Readonly<Record<string, readonly string[]>>;
}

export const keyPrefixes = (
  module: string,
  declaration: { partitions: readonly string[]; sortKeys?: Record<string, readonly string[]> },
): KeyPrefixes => ({ module, partitions: declaration.partitions, sortKeys: declaration.sortKeys ?? {} });
