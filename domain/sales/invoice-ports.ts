import type { Invoice, InvoiceStatus, SellerIdentity } from '#domain/sales/invoice';
import type { Quote } from '#domain/sales/sales';
import type { OutgoingEvent } from '#events/envelope';

/** What the invoices' use cases read and write: the school's table, the seller's identity, a clock and ids. */
export interface InvoicePorts {
  invoices: InvoiceStore;
  quotes: { get(quoteId: string): Promise<Quote | undefined> };
  /** The school as seller, from its registry entry; undefined for a school that sells nothing. */
  seller: SellerIdentity | undefined;
  clock: { now(): Date };
  newId(): string;
  schoolId: string;
}

/** The version of a quote's invoicing guard as read, 0 when the quote was never invoiced. */
export interface QuoteInvoicing {
  invoices: Invoice[];
  guardVersion: number;
}

export interface InvoiceStore {
  get(invoiceId: string): Promise<Invoice | undefined>;
  /** A quote's invoices and credit notes, with the version of its guard (read first: a later write changes it). */
  ofQuote(quoteId: string): Promise<QuoteInvoicing>;
  /** The invoices of a state, issued between two days (YYYY-MM-DD, both included), newest first. */
  list(status: InvoiceStatus, from: string, to: string): Promise<Invoice[]>;
  /**
   * Writes a new invoice or credit note in one transaction with the quote's guard (on condition of its version),
   * its series' counter when it gets a legal number (numbered `number(counter)`; the counter read again and the
   * write tried again while another took the number), the invoice it cancels (credit notes), the events and the
   * audit entry. Throws `StaleVersionError` when the guard moved: the caller decides again.
   */
  issue(
    invoice: Invoice,
    context: {
      guardVersion: number;
      liveInvoicesAfter: number;
      number?: (counter: number) => string;
      cancels?: Invoice;
      events: (issued: Invoice) => OutgoingEvent[];
    },
  ): Promise<Invoice>;
  /** A draft's number from the school's accounting: unique among the school's invoices, written once. */
  recordExternalNumber(
    invoice: Invoice,
    externalNumber: string,
    events: (numbered: Invoice) => OutgoingEvent[],
  ): Promise<Invoice>;
}
