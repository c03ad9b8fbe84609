import { keyPrefixes } from './key-prefixes';

/**
 * Instruments and loans in the school table.
 *
 * | pattern                                        | key condition                                           | index |
 * |------------------------------------------------|---------------------------------------------------------|-------|
 * | L1 inventory                                   |                                                         |       |
 * | an item, as it is now                          | PK = LOANS-ITEM#<itemId>, SK = ITEM                     | table |
 * | its history, one item per change               | PK = LOANS-ITEM#<itemId>, SK begins_with HISTORY#       | table |
 * | a family's items, by kind (list, catalogue)    | GSI1PK = LOANS-FAMILY#<family>, GSI1SK = <kind>#<itemId> | GSI1 |
 * | the item holding a maker's serial number       | PK = LOANS-SERIAL#<maker|serial>, SK = GUARD            | table |
 * | the item made from a spreadsheet's line        | PK = LOANS-SOURCE#<sourceId>, SK = GUARD                | table |
 * | L1 public catalogues                           | (files in the site bucket, `s/instruments/<family>/`)   |       |
 * | Loans (to come)                                |                                                         |       |
 *
 * An item, its history line, its guards, its event (outbox) and its audit entry are written in one transaction,
 * on condition of the version read: two staff saving at once, or a file imported twice, never count it twice.
 */
export const loansKeyPrefixes = keyPrefixes('loans', {
  partitions: ['LOANS-ITEM#', 'LOANS-FAMILY#', 'LOANS-SERIAL#', 'LOANS-SOURCE#'],
});

export const loansKeys = {
  // L1 inventory
  item: (itemId: string) => ({ PK: `LOANS-ITEM#${itemId}`, SK: 'ITEM' }),
  history: (itemId: string, version: number) => ({
    PK: `LOANS-ITEM#${itemId}`,
    SK: `HISTORY#${String(version).padStart(6, '0')}`,
  }),
  historyPrefix: 'HISTORY#',
  familyPartition: (family: string) => `LOANS-FAMILY#${family}`,
  familyIndexAttributes: (item: { family: string; kind: string; itemId: string }, searchText: string) => ({
    GSI1PK: `LOANS-FAMILY#${item.family}`,
    GSI1SK: `${searchText.slice(0, 60)}#${item.itemId}`,
  }),
  family: { index: 'GSI1' } as const,
  serialGuard: (serialKey: string) => ({ PK: `LOANS-SERIAL#${serialKey}`, SK: 'GUARD' }),
  sourceGuard: (sourceId: string) => ({ PK: `LOANS-SOURCE#${sourceId}`, SK: 'GUARD' }),
  // L1 public catalogues
  // Loans (to come)
};
