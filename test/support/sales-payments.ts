import { randomUUID } from 'node:crypto';
import { salesKeys } from '#infra/definitions/school-table';

let issued = 0;

/**
 * An issued invoice (or credit note) as S3's store keeps it, to put straight in a school's table: what payments,
 * reminders and the journal read, with every price at 20 % VAT. Each call has a number of its own in a series of
 * its own (`F2026-9…`), so that tests sharing a table never meet.
 */
export const issuedInvoiceItem = ({
  invoiceId = randomUUID(),
  grossCents = 120_000,
  issueDate = '2026-11-02',
  dueDate = '2026-12-02',
  status = 'issued',
  kind = 'invoice',
  email = 'compta@festival.example',
  siren,
  cancels,
}: {
  invoiceId?: string;
  grossCents?: number;
  issueDate?: string;
  dueDate?: string;
  status?: string;
  kind?: string;
  email?: string;
  siren?: string;
  cancels?: string;
}) => {
  issued += 1;
  const number = `${kind === 'credit-note' ? 'A' : 'F'}${issueDate.slice(0, 4)}-${String(90_000 + issued)}`;
  const netCents = Math.round(grossCents / 1.2);
  const vatCents = grossCents - netCents;
  const open = kind !== 'credit-note' && status === 'issued';
  const record = {
    invoiceId,
    number,
    draftReference: `BROUILLON-${invoiceId.slice(0, 8)}`,
    kind,
    quoteId: 'quote-festival',
    quoteNumber: 'D2026-0001',
    clientId: 'client-festival',
    buyer: {
      clientId: 'client-festival',
      legalName: 'Festival des Arts',
      category: 'association',
      ...(siren && { siren }),
      billingAddress: { lines: ['1 place du Festival'], postcode: '69001', city: 'Lyon', countryCode: 'FR' },
      contact: { name: 'Service comptable', email },
    },
    lines: [],
    totals: {
      netCents,
      vatCents,
      grossCents,
      vatBreakdown: [{ vatRate: 20, baseCents: netCents, vatCents }],
    },
    issueDate,
    dueDate,
    paymentTerms: 'Paiement à 30 jours, par virement.',
    ...(cancels && { cancels: { invoiceId: cancels, number: '', issueDate } }),
    status,
    paidCents: 0,
    balanceCents: kind === 'credit-note' ? 0 : grossCents,
    issuedAt: `${issueDate}T09:00:00.000Z`,
    issuedBy: 'test',
    version: 1,
  };
  // As S3's store writes it (functions/sales/adapters/dynamo-invoices.ts, toInvoiceItem).
  return {
    ...salesKeys.invoice(invoiceId),
    ...salesKeys.invoiceIndexAttributes(status, issueDate, number),
    ...(open && salesKeys.openInvoiceAttributes(dueDate, invoiceId)),
    entity: 'sales-invoice',
    invoice: record,
    invoiceId,
    number,
    kind,
    status,
    issueDate,
    dueDate,
    grossCents,
    paidCents: 0,
    balanceCents: record.balanceCents,
    version: 1,
  };
};
