import { documentNumber, frenchDate, type Invoice } from '#domain/sales/invoice';
import { lineNetCents } from '#domain/sales/sale-totals';
import { frenchExcelCsv } from '#domain/shared/french-excel-csv';

/** Cents as a number French Excel reads: `123450` → `1234,50`. */
const amount = (cents: number) => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
};

const kinds = { invoice: 'Facture', deposit: 'Acompte', balance: 'Solde', 'credit-note': 'Avoir' } as const;

export const invoiceCsvHeaders = [
  'Référence',
  'Type',
  'Date',
  'Échéance',
  'Devis',
  'Client',
  'SIREN client',
  'SIRET client',
  'TVA client',
  'Code service',
  'N° engagement',
  'Ligne',
  'Désignation',
  'Quantité',
  'Unité',
  'Prix unitaire HT',
  'Taux TVA',
  'Montant HT',
  'Total HT',
  'Total TVA',
  'Total TTC',
  'Facture annulée',
] as const;

/**
 * An invoice's data for an EPLE's or a town's accounting software, which issues the legal invoice: one row a line,
 * the invoice's own data on each (the dialect French Excel opens, see `frenchExcelCsv`).
 */
export const invoiceCsv = (invoice: Invoice) =>
  frenchExcelCsv(
    invoiceCsvHeaders,
    invoice.lines.map((line, index) => ({
      Référence: documentNumber(invoice),
      Type: kinds[invoice.kind],
      Date: frenchDate(invoice.issueDate),
      Échéance: frenchDate(invoice.dueDate),
      Devis: invoice.quoteNumber,
      Client: invoice.buyer.legalName,
      'SIREN client': invoice.buyer.siren,
      'SIRET client': invoice.buyer.siret,
      'TVA client': invoice.buyer.vatNumber,
      'Code service': invoice.buyer.chorusPro?.serviceCode,
      'N° engagement': invoice.buyer.chorusPro?.commitmentNumber,
      Ligne: String(index + 1),
      Désignation: line.label,
      Quantité: String(line.quantity).replace('.', ','),
      Unité: line.unit,
      'Prix unitaire HT': amount(line.unitPriceCents),
      'Taux TVA': String(line.vatRate).replace('.', ','),
      'Montant HT': amount(lineNetCents(line)),
      'Total HT': amount(invoice.totals.netCents),
      'Total TVA': amount(invoice.totals.vatCents),
      'Total TTC': amount(invoice.totals.grossCents),
      'Facture annulée': invoice.cancels?.number,
    })),
  );
