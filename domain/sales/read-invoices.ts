import type { Actor } from '#domain/identity/actor';
import { scopesHeld } from '#domain/identity/rights';
import { type Invoice, type InvoiceStatus, invoiceStatuses } from '#domain/sales/invoice';
import type { InvoicePorts } from '#domain/sales/invoice-ports';
import { AccessDeniedError, NotFoundError } from '#domain/shared/errors';

const requireReading = (actor: Actor) => {
  if (scopesHeld('sales:read', actor.profiles).size === 0) {
    throw new AccessDeniedError(actor.personId, 'sales:read', 'invoices', false);
  }
};

/** An invoice or credit note, for the sales desk and the head of school. */
export const getInvoice = async (invoiceId: string, actor: Actor, ports: InvoicePorts): Promise<Invoice> => {
  requireReading(actor);
  const invoice = await ports.invoices.get(invoiceId);
  if (!invoice) throw new NotFoundError('invoice', invoiceId);
  return invoice;
};

/**
 * The invoices of a state (all states without one) issued in a period, newest first: by default the last twelve
 * months to the end of the current year, each state read on its own index partition. With a quote, its invoices and
 * credit notes of any period (a period given still applies): the quote's own index partition, read once.
 */
export const listInvoices = async (
  query: { status?: InvoiceStatus; from?: string; to?: string; quoteId?: string },
  actor: Actor,
  ports: InvoicePorts,
) => {
  requireReading(actor);
  const today = ports.clock.now().toISOString().slice(0, 10);
  const from = query.from ?? `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const to = query.to ?? `${today.slice(0, 4)}-12-31`;
  const statuses = query.status ? [query.status] : invoiceStatuses;
  const inQuery = (invoice: Invoice) =>
    statuses.includes(invoice.status) &&
    (!query.from || invoice.issueDate >= query.from) &&
    (!query.to || invoice.issueDate <= query.to);
  const lists = query.quoteId
    ? [(await ports.invoices.ofQuote(query.quoteId)).invoices.filter(inQuery)]
    : await Promise.all(statuses.map((status) => ports.invoices.list(status, from, to)));
  const invoices = lists
    .flat()
    .sort((a, b) => b.issueDate.localeCompare(a.issueDate) || b.issuedAt.localeCompare(a.issuedAt));
  return { from, to, invoices };
};
