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
 * | L2 loans                                       |                                                         |       |
 * | a loan                                         | PK = LOANS-LOAN#<loanId>, SK = LOAN                     | table |
 * | a borrower's loans, by start                   | GSI1PK = LOANS-BORROWER#<personId>, GSI1SK = <start>#<loanId> | GSI1 |
 * | the desk's loans of a status, by start         | GSI2PK = LOANS-STATUS#<status>, GSI2SK = <start>#<loanId> | GSI2 |
 * | an item's loans, by start                      | GSI3PK = LOANS-ITEM-LOANS#<itemId>, GSI3SK = <start>#<loanId> | GSI3 |
 * | an item's held days in a month (day marks dDD) | PK = LOANS-HOLD#<itemId>#<YYYY-MM>, SK = HOLD           | table |
 * | a family's held days in a month (availability) | GSI1PK = LOANS-HOLDS#<family>#<YYYY-MM>, GSI1SK = <itemId> | GSI1 |
 * | the loans' number counter of a year            | PK = LOANS-COUNTER#<year>, SK = COUNTER                 | table |
 * | L3 overdue and campaign                        |                                                         |       |
 * | the loans out past their end (reminders)       | GSI2PK = LOANS-STATUS#out, all pages, end date < today  | GSI2  |
 * | a year's renewal campaign                      | PK = LOANS-CAMPAIGN#<schoolYear>, SK = CAMPAIGN         | table |
 * | its renewals, one guard per loan renewed       | PK = LOANS-CAMPAIGN#<schoolYear>, SK begins_with RENEWAL# | table |
 * | L6 the school's rules of lending                |                                                         |       |
 * | the rules and their version (absent: defaults) | PK = LOANS-RULES, SK = RULES                            | table |
 *
 * An item, its history line, its guards, its event (outbox) and its audit entry are written in one transaction,
 * on condition of the version read: two staff saving at once, or a file imported twice, never count it twice.
 */
export const loansKeyPrefixes = keyPrefixes('loans', {
  partitions: [
    'LOANS-ITEM#',
    'LOANS-FAMILY#',
    'LOANS-SERIAL#',
    'LOANS-SOURCE#',
    'LOANS-LOAN#',
    'LOANS-BORROWER#',
    'LOANS-STATUS#',
    'LOANS-ITEM-LOANS#',
    'LOANS-HOLD#',
    'LOANS-HOLDS#',
    'LOANS-COUNTER#',
    'LOANS-CAMPAIGN#',
    // L6 the school's rules of lending
    'LOANS-RULES',
  ],
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
  // L2 loans
  loan: (loanId: string) => ({ PK: `LOANS-LOAN#${loanId}`, SK: 'LOAN' }),
  loanIndexAttributes: (loan: {
    loanId: string;
    borrowerId: string;
    status: string;
    startDate: string;
    itemId?: string;
  }) => ({
    GSI1PK: `LOANS-BORROWER#${loan.borrowerId}`,
    GSI1SK: `${loan.startDate}#${loan.loanId}`,
    GSI2PK: `LOANS-STATUS#${loan.status}`,
    GSI2SK: `${loan.startDate}#${loan.loanId}`,
    ...(loan.itemId
      ? { GSI3PK: `LOANS-ITEM-LOANS#${loan.itemId}`, GSI3SK: `${loan.startDate}#${loan.loanId}` }
      : {}),
  }),
  borrowerPartition: (personId: string) => `LOANS-BORROWER#${personId}`,
  statusPartition: (status: string) => `LOANS-STATUS#${status}`,
  itemLoansPartition: (itemId: string) => `LOANS-ITEM-LOANS#${itemId}`,
  /** An item's month of day marks: attribute `dDD` holds the id of the loan holding that day. */
  hold: (itemId: string, month: string) => ({ PK: `LOANS-HOLD#${itemId}#${month}`, SK: 'HOLD' }),
  holdIndexAttributes: (family: string, month: string, itemId: string) => ({
    GSI1PK: `LOANS-HOLDS#${family}#${month}`,
    GSI1SK: itemId,
  }),
  holdsPartition: (family: string, month: string) => `LOANS-HOLDS#${family}#${month}`,
  counter: (year: number) => ({ PK: `LOANS-COUNTER#${year}`, SK: 'COUNTER' }),
  // L3 overdue and campaign
  campaign: (schoolYear: string) => ({ PK: `LOANS-CAMPAIGN#${schoolYear}`, SK: 'CAMPAIGN' }),
  /** The guard of a loan's renewal in a year's campaign: it holds the renewal's id. */
  renewalGuard: (schoolYear: string, renewedLoanId: string) => ({
    PK: `LOANS-CAMPAIGN#${schoolYear}`,
    SK: `RENEWAL#${renewedLoanId}`,
  }),
  renewalPrefix: 'RENEWAL#',
  // L6 the school's rules of lending
  rules: () => ({ PK: 'LOANS-RULES', SK: 'RULES' }),
};
