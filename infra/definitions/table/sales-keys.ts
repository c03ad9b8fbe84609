import { keyPrefixes } from './key-prefixes';

/**
 * The sales module in the school table (issue 18).
 *
 * | pattern                                  | key condition                                          | index |
 * |------------------------------------------|--------------------------------------------------------|-------|
 * | S1 a client                              | PK = SALES-CLIENT#<clientId>, SK = CLIENT              | table |
 * | S1 the clients by name (a name's start)  | GSI1PK = SALES-CLIENTS, GSI1SK begins_with <name key>  | GSI1  |
 * | S1 a rate grid                           | PK = SALES-GRID#<gridId>, SK = GRID                    | table |
 * | S1 the grids by start of validity        | GSI1PK = SALES-GRIDS, GSI1SK = <validFrom>#<gridId>     | GSI1  |
 * | S1 the grids' calendar (no overlap)      | PK = SALES-GRID-CALENDAR, SK = CALENDAR                | table |
 * | S1 a quote                               | PK = SALES-QUOTE#<quoteId>, SK = QUOTE                 | table |
 * | S1 the quotes of a state, newest first   | GSI1PK = SALES-QUOTES#<status>, GSI1SK = <issueDate>#<number> | GSI1 |
 * | S1 a series' counter (quotes D2026-…)    | PK = SALES-COUNTER#<series>#<year>, SK = COUNTER       | table |
 * | S2 a client's link, by its token's hash  | PK = SALES-OFFER#<sha256 of the token>, SK = OFFER     | table |
 * | S2 the sent quotes by expiry, up to now  | PK = SALES-EXPIRING, SK <= <expiresAt>~ (<expiresAt>#<quoteId>) | table |
 * | S3 an invoice or credit note             | PK = SALES-INVOICE#<invoiceId>, SK = INVOICE           | table |
 * | S3 the invoices of a state, by issue date| GSI1PK = SALES-INVOICES#<status>, GSI1SK = <issueDate>#<number> | GSI1 |
 * | S3 a quote's invoices                    | GSI3PK = SALES-QUOTE-INVOICES#<quoteId>, GSI3SK = <issuedAt>#<id> | GSI3 |
 * | S3 a quote's invoicing guard             | PK = SALES-QUOTE#<quoteId>, SK = INVOICING             | table |
 * | S3 the open invoices by due date (S4)    | GSI2PK = SALES-OPEN, GSI2SK = <dueDate>#<invoiceId>    | GSI2  |
 * | S4 an invoice's payments and reversals   | PK = SALES-PAYMENT#<invoiceId>, SK = PAYMENT#<paymentId> | table |
 * | S4 the payments of a month (the journal) | GSI3PK = SALES-PAYMENTS#<YYYY-MM>, GSI3SK = <date>#<paymentId> | GSI3 |
 *
 * The counter of a series is incremented in the same transaction as the first save of the document it numbers, so
 * that numbers are consecutive and none is lost or given twice. S3 uses the same counter item for invoices and
 * credit notes (`series` `invoice`, `credit-note`).
 *
 * S4: a payment's transaction updates the invoice's `paidCents` and `balanceCents` on condition of the balance read,
 * and takes the invoice out of the open index (`SALES-OPEN`) when its balance reaches 0 (a reversal puts it back);
 * the credit note that cancels an invoice takes it out too. The daily reminders note each step on the invoice's
 * item (`reminder_first_at`, `reminder_second_at`) with a condition that it is not there yet.
 */
export const salesKeyPrefixes = keyPrefixes('sales', {
  partitions: [
    // S1 clients, grids, quotes
    'SALES-CLIENT#',
    'SALES-CLIENTS',
    'SALES-GRID#',
    'SALES-GRIDS',
    'SALES-GRID-CALENDAR',
    'SALES-QUOTE#',
    'SALES-QUOTES#',
    'SALES-COUNTER#',
    // S2 holds, client's link, documents
    'SALES-OFFER#',
    'SALES-EXPIRING',
    // S3 invoices
    'SALES-INVOICE#',
    'SALES-INVOICES#',
    'SALES-QUOTE-INVOICES#',
    'SALES-OPEN',
    // S4 payments, journal
    'SALES-PAYMENT#',
    'SALES-PAYMENTS#',
  ],
});

export const salesKeys = {
  // S1 clients, grids, quotes
  client: (clientId: string) => ({ PK: `SALES-CLIENT#${clientId}`, SK: 'CLIENT' }),
  /** `nameKey`: the name folded as the list sorts and filters it (lower case, no accents, single spaces). */
  clientIndexAttributes: (nameKey: string, clientId: string) => ({
    GSI1PK: 'SALES-CLIENTS',
    GSI1SK: `${nameKey}#${clientId}`,
  }),
  clients: { index: 'GSI1', partitionKey: 'SALES-CLIENTS' } as const,
  grid: (gridId: string) => ({ PK: `SALES-GRID#${gridId}`, SK: 'GRID' }),
  gridIndexAttributes: (validFrom: string, gridId: string) => ({
    GSI1PK: 'SALES-GRIDS',
    GSI1SK: `${validFrom}#${gridId}`,
  }),
  grids: { index: 'GSI1', partitionKey: 'SALES-GRIDS' } as const,
  gridCalendar: () => ({ PK: 'SALES-GRID-CALENDAR', SK: 'CALENDAR' }),
  quote: (quoteId: string) => ({ PK: `SALES-QUOTE#${quoteId}`, SK: 'QUOTE' }),
  quoteIndexAttributes: (status: string, issueDate: string, number: string) => ({
    GSI1PK: `SALES-QUOTES#${status}`,
    GSI1SK: `${issueDate}#${number}`,
  }),
  quotesOfStatus: (status: string) => ({ index: 'GSI1', partitionKey: `SALES-QUOTES#${status}` }) as const,
  counter: (series: string, year: string) => ({ PK: `SALES-COUNTER#${series}#${year}`, SK: 'COUNTER' }),
  // S2 holds, client's link, documents
  offer: (tokenHash: string) => ({ PK: `SALES-OFFER#${tokenHash}`, SK: 'OFFER' }),
  /** A sent quote in the expiry index: the schedule reads the partition up to now, oldest first. */
  expiring: (expiresAt: string, quoteId: string) => ({ PK: 'SALES-EXPIRING', SK: `${expiresAt}#${quoteId}` }),
  expiringPartition: 'SALES-EXPIRING',
  // S3 invoices
  invoice: (invoiceId: string) => ({ PK: `SALES-INVOICE#${invoiceId}`, SK: 'INVOICE' }),
  invoiceIndexAttributes: (status: string, issueDate: string, number: string) => ({
    GSI1PK: `SALES-INVOICES#${status}`,
    GSI1SK: `${issueDate}#${number}`,
  }),
  invoicesOfStatus: (status: string) =>
    ({ index: 'GSI1', partitionKey: `SALES-INVOICES#${status}` }) as const,
  quoteInvoiceAttributes: (quoteId: string, issuedAt: string, invoiceId: string) => ({
    GSI3PK: `SALES-QUOTE-INVOICES#${quoteId}`,
    GSI3SK: `${issuedAt}#${invoiceId}`,
  }),
  invoicesOfQuote: (quoteId: string) =>
    ({ index: 'GSI3', partitionKey: `SALES-QUOTE-INVOICES#${quoteId}` }) as const,
  /** One item a quote, written by every invoice and credit note of it: two invoicings of a quote never cross. */
  quoteInvoicing: (quoteId: string) => ({ PK: `SALES-QUOTE#${quoteId}`, SK: 'INVOICING' }),
  openInvoiceAttributes: (dueDate: string, invoiceId: string) => ({
    GSI2PK: 'SALES-OPEN',
    GSI2SK: `${dueDate}#${invoiceId}`,
  }),
  // S4 payments, journal
  payment: (invoiceId: string, paymentId: string) => ({
    PK: `SALES-PAYMENT#${invoiceId}`,
    SK: `PAYMENT#${paymentId}`,
  }),
  paymentsOfInvoice: (invoiceId: string) => `SALES-PAYMENT#${invoiceId}`,
  paymentMonthAttributes: (date: string, paymentId: string) => ({
    GSI3PK: `SALES-PAYMENTS#${date.slice(0, 7)}`,
    GSI3SK: `${date}#${paymentId}`,
  }),
  paymentsOfMonth: (month: string) => ({ index: 'GSI3', partitionKey: `SALES-PAYMENTS#${month}` }) as const,
  openInvoices: { index: 'GSI2', partitionKey: 'SALES-OPEN' } as const,
};
