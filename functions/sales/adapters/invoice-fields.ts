import type { PayableInvoice } from '#domain/sales/payment';
import type { JournalDocument } from '#domain/sales/sales-journal';

/**
 * What payments and the journal read of an invoice's item (S3's `Invoice`, `domain/sales/invoice.ts`): its
 * number (or the draft's reference), the buyer as it was at issue, its totals, its dates and where it stands.
 */
interface InvoiceItem {
  invoiceId: string;
  number?: string;
  externalNumber?: string;
  draftReference?: string;
  kind: string;
  status: string;
  clientId: string;
  buyer?: { legalName?: string; siren?: string; contact?: { email?: string } };
  totals: {
    netCents: number;
    vatCents: number;
    grossCents: number;
    vatBreakdown: { vatRate: number; baseCents: number; vatCents: number }[];
  };
  issueDate: string;
  dueDate: string;
  paymentTerms?: string;
  paidCents?: number;
  balanceCents?: number;
}

const numberOf = (invoice: InvoiceItem) =>
  invoice.number ?? invoice.externalNumber ?? invoice.draftReference ?? invoice.invoiceId;

/**
 * The record of an item: S3's item keeps it under `invoice`, and beside it what payments and credit notes change
 * (`status`, `paidCents`, `balanceCents`), which wins over the record's copy.
 */
const recordOf = (item: Record<string, unknown>): InvoiceItem => {
  const record = (item.invoice ?? item) as InvoiceItem;
  return {
    ...record,
    status: typeof item.status === 'string' ? item.status : record.status,
    ...(typeof item.paidCents === 'number' && { paidCents: item.paidCents }),
    ...(typeof item.balanceCents === 'number' && { balanceCents: item.balanceCents }),
  };
};

/** An invoice's item as payments see it: its balance, the gross total while nothing was recorded. */
export const payableOf = (item: Record<string, unknown>): PayableInvoice => {
  const invoice = recordOf(item);
  return {
    invoiceId: invoice.invoiceId,
    number: numberOf(invoice),
    kind: invoice.kind,
    status: invoice.status,
    grossCents: invoice.totals.grossCents,
    paidCents: invoice.paidCents ?? 0,
    balanceCents: invoice.balanceCents ?? (invoice.kind === 'credit-note' ? 0 : invoice.totals.grossCents),
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    clientId: invoice.clientId,
    clientName: invoice.buyer?.legalName ?? '',
    ...(invoice.buyer?.contact?.email && { clientEmail: invoice.buyer.contact.email }),
    ...(invoice.paymentTerms && { paymentTerms: invoice.paymentTerms }),
  };
};

/** An invoice's or credit note's item as the sales journal lists it. */
export const journalDocumentOf = (item: Record<string, unknown>): JournalDocument => {
  const invoice = recordOf(item);
  return {
    number: numberOf(invoice),
    kind: invoice.kind,
    issueDate: invoice.issueDate,
    status: invoice.status,
    clientName: invoice.buyer?.legalName ?? '',
    ...(invoice.buyer?.siren && { siren: invoice.buyer.siren }),
    netCents: invoice.totals.netCents,
    vatCents: invoice.totals.vatCents,
    grossCents: invoice.totals.grossCents,
    vatBreakdown: invoice.totals.vatBreakdown,
    ...(invoice.balanceCents !== undefined && { balanceCents: invoice.balanceCents }),
  };
};
