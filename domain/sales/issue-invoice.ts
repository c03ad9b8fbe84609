import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { scopesHeld } from '#domain/identity/rights';
import { type IssueRequest, newCreditNote, newInvoice } from '#domain/sales/decide-invoice';
import {
  documentNumber,
  formatInvoiceNumber,
  type Invoice,
  invoiceStatuses,
  issuesInPreau,
} from '#domain/sales/invoice';
import type { InvoicePorts } from '#domain/sales/invoice-ports';
import { AccessDeniedError, ConflictError, NotFoundError, StaleVersionError } from '#domain/shared/errors';
import { calendarDateSchema, idSchema } from '#domain/shared/input-types';
import { newEvent } from '#events/envelope';
import { creditNoteIssued, invoiceIssued } from '#events/sales/sales-events';

// ---------------------------------------------------------------------------------------------------------------
// Inputs

const percentSchema = z.number('must be a number').check(
  z.gt(0, 'must be more than 0'),
  z.lt(100, 'must be less than 100'),
  z.refine((value) => Math.round(value * 100) === value * 100, 'must have at most 2 decimals'),
);

const amountSchema = z
  .int('must be a whole number of cents')
  .check(z.gt(0, 'must be more than 0'), z.lte(1_000_000_000, 'is too large'));

/** « Facturer »: the whole quote, a deposit (a percentage of it, or an amount including VAT), or the balance. */
export const issueInvoiceInputSchema = z.union([
  z.strictObject({ kind: z.literal('invoice') }),
  z.strictObject({ kind: z.literal('deposit'), percent: percentSchema }),
  z.strictObject({ kind: z.literal('deposit'), amountCents: amountSchema }),
  z.strictObject({ kind: z.literal('balance') }),
]);
export type IssueInvoiceInput = z.output<typeof issueInvoiceInputSchema>;

/** The number the school's accounting gave a draft: letters, digits and - / _ . as accounting software writes them. */
export const externalNumberInputSchema = z.strictObject({
  externalNumber: z
    .string('must be a text')
    .check(
      z.trim(),
      z.minLength(1, 'must not be empty'),
      z.maxLength(40, 'must be at most 40 characters'),
      z.regex(/^[0-9A-Za-z][0-9A-Za-z\-/_.]*$/, 'must be letters, digits and - / _ .'),
    ),
});

export const invoiceListQuerySchema = z.strictObject({
  status: z.optional(z.enum(invoiceStatuses, `must be one of ${invoiceStatuses.join(', ')}`)),
  from: z.optional(calendarDateSchema),
  to: z.optional(calendarDateSchema),
  /** A quote's invoices and credit notes, of every period: one query of the quote's index (GSI3). */
  quoteId: z.optional(idSchema),
});

// ---------------------------------------------------------------------------------------------------------------
// Use cases

const requireInvoicing = (actor: Actor) => {
  if (scopesHeld('sales:invoice', actor.profiles).size === 0) {
    throw new AccessDeniedError(actor.personId, 'sales:invoice', 'invoices', false);
  }
};

const sellerOf = (ports: InvoicePorts) => {
  if (!ports.seller) {
    throw new ConflictError(
      'no_seller_identity',
      'The school has no legal identity as a seller in its registry entry',
    );
  }
  return ports.seller;
};

const attempts = 5;

const eventContext = (ports: InvoicePorts, at: string) => ({
  newId: ports.newId,
  schoolId: ports.schoolId,
  occurredAt: at,
});

const issuedEvents = (ports: InvoicePorts, issued: Invoice) =>
  issued.status === 'draft'
    ? []
    : issued.kind === 'credit-note'
      ? [
          newEvent(
            creditNoteIssued,
            {
              invoiceId: issued.invoiceId,
              number: documentNumber(issued),
              cancels: issued.cancels?.invoiceId ?? '',
            },
            eventContext(ports, issued.issuedAt),
          ),
        ]
      : [
          newEvent(
            invoiceIssued,
            {
              invoiceId: issued.invoiceId,
              number: documentNumber(issued),
              kind: issued.kind,
              quoteId: issued.quoteId,
              grossCents: issued.totals.grossCents,
            },
            eventContext(ports, issued.issuedAt),
          ),
        ];

const liveCount = (invoices: readonly Invoice[]) =>
  invoices.filter((invoice) => invoice.kind !== 'credit-note' && invoice.status !== 'cancelled').length;

/**
 * Issues an invoice of an accepted quote:
 * 1. reads the quote and its invoices so far (with the version of its guard);
 * 2. decides the lines (refusing a second whole invoice, a balance without deposit…);
 * 3. writes it with the next number of its series in one transaction with the guard; if another invoicing of the
 *    same quote came first, decides again from what it wrote.
 * An EPLE or a municipal school gets a draft with no number: its accounting numbers it.
 */
export const issueInvoice = async (
  quoteId: string,
  input: IssueInvoiceInput,
  actor: Actor,
  ports: InvoicePorts,
) => {
  requireInvoicing(actor);
  const seller = sellerOf(ports);
  const quote = await ports.quotes.get(quoteId);
  if (!quote) throw new NotFoundError('quote', quoteId);
  for (let attempt = 1; ; attempt += 1) {
    const { invoices, guardVersion } = await ports.invoices.ofQuote(quoteId);
    const invoice = newInvoice({
      invoiceId: ports.newId(),
      quote,
      seller,
      invoices,
      request: input as IssueRequest,
      now: ports.clock.now().toISOString(),
      by: actor.personId,
    });
    try {
      return await ports.invoices.issue(invoice, {
        guardVersion,
        liveInvoicesAfter: liveCount(invoices) + 1,
        ...(issuesInPreau(seller.legalStatus)
          ? { number: (counter: number) => formatInvoiceNumber(invoice.kind, invoice.issueDate, counter) }
          : {}),
        events: (issued) => issuedEvents(ports, issued),
      });
    } catch (error) {
      if (!(error instanceof StaleVersionError) || attempt >= attempts) throw error;
    }
  }
};

/** « Établir un avoir »: a credit note cancels an issued invoice whole, in the same transaction. */
export const creditInvoice = async (invoiceId: string, actor: Actor, ports: InvoicePorts) => {
  requireInvoicing(actor);
  for (let attempt = 1; ; attempt += 1) {
    const invoice = await ports.invoices.get(invoiceId);
    if (!invoice) throw new NotFoundError('invoice', invoiceId);
    const { invoices, guardVersion } = await ports.invoices.ofQuote(invoice.quoteId);
    const note = newCreditNote(invoice, {
      invoiceId: ports.newId(),
      now: ports.clock.now().toISOString(),
      by: actor.personId,
    });
    try {
      return await ports.invoices.issue(note, {
        guardVersion,
        liveInvoicesAfter: Math.max(liveCount(invoices) - 1, 0),
        ...(issuesInPreau(invoice.seller.legalStatus)
          ? { number: (counter: number) => formatInvoiceNumber('credit-note', note.issueDate, counter) }
          : {}),
        cancels: invoice,
        events: (issued) => issuedEvents(ports, issued),
      });
    } catch (error) {
      if (!(error instanceof StaleVersionError) || attempt >= attempts) throw error;
    }
  }
};

/** « Numéro attribué »: an EPLE's or a town's accounting numbered the draft; it becomes the issued invoice. */
export const recordExternalNumber = async (
  invoiceId: string,
  externalNumber: string,
  actor: Actor,
  ports: InvoicePorts,
) => {
  requireInvoicing(actor);
  const invoice = await ports.invoices.get(invoiceId);
  if (!invoice) throw new NotFoundError('invoice', invoiceId);
  if (invoice.status !== 'draft') {
    throw new ConflictError(
      'invoice_not_draft',
      `The invoice is ${invoice.status}: only a draft receives a number`,
    );
  }
  return ports.invoices.recordExternalNumber(invoice, externalNumber, (numbered) =>
    issuedEvents(ports, numbered),
  );
};
