import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

/**
 * The sales module's events (issue 18). Each part publishes its own through the outbox, in the same transaction as
 * the change it tells of; none names a person (a client is a legal entity, named by its id only).
 */
export const salesSource = 'preau.sales';

const quoteStatusSchema = z.enum(['draft', 'sent', 'accepted', 'refused', 'expired', 'cancelled']);

// S1 clients, grids, quotes
export const quoteStatusChanged = defineEvent({
  source: salesSource,
  detailType: 'QuoteStatusChanged',
  version: '1',
  description:
    'A quote moved from one state to another (drafted, sent, accepted, refused, expired, cancelled): its id, number, the two states and when.',
  dataSchema: z.strictObject({
    quoteId: z.string(),
    number: z.string(),
    /** Absent when the quote is first saved, as a draft. */
    from: z.optional(quoteStatusSchema),
    to: quoteStatusSchema,
    at: z.string(),
  }),
});

// S3 invoices
export const invoiceIssued = defineEvent({
  source: salesSource,
  detailType: 'InvoiceIssued',
  version: '1',
  description:
    'An invoice (or a deposit invoice) was issued with its definitive number: the quote it comes from and its amount including VAT, in cents.',
  dataSchema: z.strictObject({
    invoiceId: z.string(),
    number: z.string(),
    kind: z.string(),
    quoteId: z.string(),
    grossCents: z.int(),
  }),
});

export const creditNoteIssued = defineEvent({
  source: salesSource,
  detailType: 'CreditNoteIssued',
  version: '1',
  description:
    'A credit note was issued, cancelling an invoice in whole or in part: its number and the invoice it cancels.',
  dataSchema: z.strictObject({
    invoiceId: z.string(),
    number: z.string(),
    cancels: z.string(),
  }),
});

// S4 payments, journal
export const paymentRecorded = defineEvent({
  source: salesSource,
  detailType: 'PaymentRecorded',
  version: '1',
  description: 'A payment of an invoice was recorded: its amount and the balance left to pay, in cents.',
  dataSchema: z.strictObject({
    invoiceId: z.string(),
    paymentId: z.string(),
    amountCents: z.int(),
    balanceCents: z.int(),
  }),
});
