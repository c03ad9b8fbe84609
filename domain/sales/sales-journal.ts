import * as z from 'zod/mini';
import { calendarDateSchema } from '#domain/shared/input-types';
import type { Payment, PaymentMeans } from './payment';
import { frenchDate } from './reminder-mail';

/** A period of the journal, both days included, a year at most; `part` chooses the invoices or the payments. */
export const journalQuerySchema = z.strictObject({
  from: calendarDateSchema,
  to: calendarDateSchema,
  part: z.optional(z.enum(['invoices', 'payments'], 'must be invoices or payments')),
});
export type JournalQuery = z.infer<typeof journalQuerySchema>;

/** What the journal needs of an invoice or credit note (S3's record). */
export interface JournalDocument {
  number: string;
  kind: string;
  issueDate: string;
  status: string;
  clientName: string;
  siren?: string;
  netCents: number;
  vatCents: number;
  grossCents: number;
  vatBreakdown: readonly { vatRate: number; baseCents: number; vatCents: number }[];
  balanceCents?: number;
}

/** Cents as French Excel reads a number: a decimal comma, no thousands separator (`-1234,50`). */
export const excelAmount = (cents: number) => {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 100)},${String(whole % 100).padStart(2, '0')}`;
};

/** A VAT rate as French write it in a header: `20`, `5,5`. */
const rateWords = (rate: number) => String(rate).replace('.', ',');

const kindWords: Record<string, string> = {
  invoice: 'Facture',
  deposit: 'Facture d’acompte',
  balance: 'Facture de solde',
  'credit-note': 'Avoir',
};
const statusWords: Record<string, string> = {
  draft: 'À émettre',
  issued: 'Émise',
  cancelled: 'Annulée par avoir',
};

/** A credit note's amounts count against the period's sales, whatever sign its record keeps them in. */
const signOf = (document: JournalDocument) => (document.kind === 'credit-note' ? -1 : 1);
const signed = (document: JournalDocument, cents: number) => signOf(document) * Math.abs(cents);

const statusOf = (document: JournalDocument): string => {
  const stated = statusWords[document.status] ?? document.status;
  if (document.kind === 'credit-note' || document.status === 'cancelled') return stated;
  if (document.balanceCents === 0) return 'Payée';
  if (document.balanceCents !== undefined && document.balanceCents < document.grossCents)
    return 'Payée en partie';
  return stated;
};

/**
 * The sales journal of a period: a line per invoice and credit note, by date then number, with a pair of columns
 * (base, VAT) per rate met in the period, so the accountant's VAT return adds up from the columns.
 */
export const invoiceJournal = (documents: readonly JournalDocument[]) => {
  const rates = [
    ...new Set(documents.flatMap((document) => document.vatBreakdown.map(({ vatRate }) => vatRate))),
  ].sort((a, b) => b - a);
  const headers = [
    'Date',
    'Numéro',
    'Type',
    'Client',
    'SIREN',
    'Montant HT',
    ...rates.flatMap((rate) => [`Base TVA ${rateWords(rate)} %`, `TVA ${rateWords(rate)} %`]),
    'Total TVA',
    'Montant TTC',
    'Statut',
  ];
  const sorted = [...documents].sort(
    (a, b) => a.issueDate.localeCompare(b.issueDate) || a.number.localeCompare(b.number),
  );
  const rows = sorted.map((document) => {
    const record: Record<string, string> = {
      Date: frenchDate(document.issueDate),
      Numéro: document.number,
      Type: kindWords[document.kind] ?? document.kind,
      Client: document.clientName,
      SIREN: document.siren ?? '',
      'Montant HT': excelAmount(signed(document, document.netCents)),
      'Total TVA': excelAmount(signed(document, document.vatCents)),
      'Montant TTC': excelAmount(signed(document, document.grossCents)),
      Statut: statusOf(document),
    };
    for (const rate of rates) {
      const line = document.vatBreakdown.filter(({ vatRate }) => vatRate === rate);
      if (line.length === 0) continue;
      const base = line.reduce((sum, { baseCents }) => sum + baseCents, 0);
      const vat = line.reduce((sum, { vatCents }) => sum + vatCents, 0);
      record[`Base TVA ${rateWords(rate)} %`] = excelAmount(signed(document, base));
      record[`TVA ${rateWords(rate)} %`] = excelAmount(signed(document, vat));
    }
    return record;
  });
  return { headers, rows };
};

const meansWords: Record<PaymentMeans, string> = {
  transfer: 'Virement',
  cheque: 'Chèque',
  card: 'Carte bancaire',
  cash: 'Espèces',
  mandate: 'Mandat administratif',
};

export const paymentJournalHeaders = [
  'Date',
  'Facture',
  'Type',
  'Moyen de paiement',
  'Référence',
  'Montant',
] as const;

/** The payments of a period, a line each, a cancellation as a negative line beside the payment it cancels. */
export const paymentJournal = (payments: readonly Payment[]) =>
  [...payments]
    .sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt))
    .map((payment) => ({
      Date: frenchDate(payment.date),
      Facture: payment.invoiceNumber,
      Type: payment.kind === 'payment' ? 'Paiement' : 'Annulation de paiement',
      'Moyen de paiement': meansWords[payment.means],
      Référence: payment.reference ?? '',
      Montant: excelAmount(payment.amountCents),
    }));

export const paymentMeansWords = meansWords;
