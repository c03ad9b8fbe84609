import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

export const loansSource = 'preau.loans';

// L1 inventory
export const itemChanged = defineEvent({
  source: loansSource,
  detailType: 'ItemChanged',
  version: '1',
  description:
    'An item of the inventory was created, changed or imported: its family (and the one it left), status and version; the public catalogues of those families are written again. Never a borrower.',
  dataSchema: z.strictObject({
    itemId: z.string(),
    family: z.string(),
    /** The family it was in before, when the change moved it: that catalogue no longer lists it. */
    previousFamily: z.optional(z.string()),
    status: z.string(),
    version: z.int(),
    change: z.enum(['created', 'updated', 'imported', 'lent', 'returned', 'servicing']),
    by: z.string(),
  }),
});

// L1 loans
export const loanDecided = defineEvent({
  source: loansSource,
  detailType: 'LoanDecided',
  version: '1',
  description:
    'Staff approved (the item held over the span and its buffer days), waitlisted or refused a loan, or its requester cancelled it: the loan, its status before and after, its item and dates. Ids only, no name.',
  dataSchema: z.strictObject({
    loanId: z.string(),
    number: z.optional(z.string()),
    borrowerId: z.string(),
    requestedBy: z.string(),
    itemId: z.optional(z.string()),
    status: z.string(),
    previousStatus: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    by: z.string(),
  }),
});
