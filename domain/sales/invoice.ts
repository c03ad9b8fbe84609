import type { Client, PostalAddress, SaleLine, SaleTotals } from '#domain/sales/sales';

/**
 * An invoice of the sales module: issued from an accepted quote, it never changes once issued (only its
 * `cancelledBy` link and its status, set by the credit note that cancels it, in the same transaction) and is never
 * deleted. Amounts in euro cents, VAT rates in percent, as everywhere in `domain/sales/`.
 *
 * - `invoice`: the whole quote; `deposit`: a share of it (EN16931 type 386, prepayment invoice); `balance`: the
 *   quote less the deposits already invoiced, deducted as lines of negative quantity (one a VAT rate), so that
 *   the VAT is charged once; `credit-note`: cancels one whole invoice (type 381, amounts positive, the cancelled
 *   invoice as preceding reference BT-25).
 * - Numbers: `F<year>-<5 digits>` for invoices, deposits and balances, `A<year>-<5 digits>` for credit notes; the
 *   year is the issue date's; each series is a counter item written in the same transaction as the invoice, so
 *   the numbers follow one another with no gap.
 * - A school whose legal status is `eple` or `municipal` issues its legal invoices in its own accounting software:
 *   Préau keeps a `draft` (no number; `draftReference` stands in for it in the exports) until the number given
 *   there is recorded as `externalNumber`, when it becomes `issued`.
 */
export const invoiceKinds = ['invoice', 'deposit', 'balance', 'credit-note'] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];

export const invoiceStatuses = ['draft', 'issued', 'cancelled'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

export const legalStatuses = ['association', 'private', 'eple', 'municipal'] as const;
export type LegalStatus = (typeof legalStatuses)[number];

/** Who issues the legal invoice: Préau itself, or the school's accounting software (EPLE, town). */
export const issuesInPreau = (status: LegalStatus) => status === 'association' || status === 'private';

export type { PostalAddress };

/** The school as seller, copied from the tenant registry into each invoice at issue. */
export interface SellerIdentity {
  legalName: string;
  legalStatus: LegalStatus;
  siren: string;
  siret: string;
  vatNumber?: string;
  address: PostalAddress;
  iban?: string;
  bic?: string;
  email?: string;
  /** The seller opted to pay VAT on debits: the invoices say so. */
  vatOnDebits?: boolean;
  /** « TVA non applicable, art. 293 B du CGI » and the like, when the school charges no VAT. */
  vatExemptionNote?: string;
}

/** The client as it was when the invoice was issued. */
export type BuyerIdentity = Omit<Client, 'version'>;

/** The four mentions the 2022 decree (n° 2022-1299) adds to every invoice between businesses. */
export interface DecreeMentions {
  /** The client's SIREN, when it has one. */
  clientSiren?: string;
  /** Where the service is delivered, when not at the billing address (the school's place). */
  deliveryAddress?: PostalAddress;
  /** Goods, services or both: always services for the rental of places. */
  nature: 'services';
  /** Whether the seller opted to pay VAT on debits (« Option pour le paiement de la taxe d’après les débits »). */
  vatOnDebits: boolean;
}

export interface Invoice {
  invoiceId: string;
  /** The legal number; absent while an EPLE or municipal school's draft waits for its accounting's number. */
  number?: string;
  draftReference: string;
  kind: InvoiceKind;
  quoteId: string;
  quoteNumber: string;
  clientId: string;
  seller: SellerIdentity;
  buyer: BuyerIdentity;
  deliveryAddress?: PostalAddress;
  lines: SaleLine[];
  totals: SaleTotals;
  /** Deposits already invoiced and deducted by a balance: their numbers and amounts. */
  deductedDeposits?: { invoiceId: string; number: string; issueDate: string; grossCents: number }[];
  issueDate: string;
  dueDate: string;
  /** The first and last days of the service (the quote's slots, in Paris). */
  servicePeriod?: { from: string; to: string };
  paymentTerms: string;
  /** The late-payment penalty rate, in percent a year. */
  latePenaltyRate: number;
  /** The flat recovery fee, 4000 cents for business clients, 0 otherwise. */
  recoveryFeeCents: number;
  mentions: DecreeMentions;
  /** The invoice a credit note cancels. */
  cancels?: { invoiceId: string; number: string; issueDate: string };
  /** The credit note that cancelled this invoice. */
  cancelledBy?: { invoiceId: string; number: string };
  externalNumber?: string;
  status: InvoiceStatus;
  /** What payments covered (S4 records them): 0 at issue. */
  paidCents: number;
  /** What is left to pay: the gross total at issue, 0 for a credit note. */
  balanceCents: number;
  issuedAt: string;
  issuedBy: string;
  version: number;
}

/** The number a document shows and its electronic form carries: the legal one, or the draft's reference. */
export const documentNumber = (invoice: Pick<Invoice, 'number' | 'externalNumber' | 'draftReference'>) =>
  invoice.number ?? invoice.externalNumber ?? invoice.draftReference;

/** The series of a kind: credit notes apart from everything else. */
export const invoiceSeries = (kind: InvoiceKind) => (kind === 'credit-note' ? 'A' : 'F');

/** `F2026-00001`: the series, the issue date's year, the counter on five digits. */
export const formatInvoiceNumber = (kind: InvoiceKind, issueDate: string, counter: number) =>
  `${invoiceSeries(kind)}${issueDate.slice(0, 4)}-${String(counter).padStart(5, '0')}`;

export const invoiceNumberPattern = /^[FA]\d{4}-\d{5,}$/;

/** The penalty rate the invoices state: three times the legal interest rate is the floor; Préau states 10 %. */
export const defaultLatePenaltyRate = 10;
export const businessRecoveryFeeCents = 4000;

/** Businesses (and associations, which act as such when they rent) owe the flat €40; public bodies do too. */
export const owesRecoveryFee = (buyer: BuyerIdentity) => buyer.category !== 'partner' || Boolean(buyer.siren);

/** Cents as French text: `123450` → `1 234,50 €` (narrow no-break spaces, as Intl writes them). */
export const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/**
 * The legal mentions an invoice carries, in French, each with its EN16931 note subject (UNTDID 4451): `AAI`
 * general information, `PMD` penalties, `PMT` the recovery fee, `AAB` no discount, `TXD` the VAT wording.
 * The PDF prints them, the CII and UBL carry them as notes (BT-21/BT-22).
 */
export const invoiceMentions = (
  invoice: Pick<
    Invoice,
    | 'mentions'
    | 'latePenaltyRate'
    | 'recoveryFeeCents'
    | 'seller'
    | 'kind'
    | 'cancels'
    | 'externalNumber'
    | 'number'
  >,
) => {
  const mentions: { subject: 'AAI' | 'PMD' | 'PMT' | 'AAB' | 'TXD'; text: string }[] = [];
  if (invoice.kind === 'credit-note' && invoice.cancels) {
    mentions.push({
      subject: 'AAI',
      text: `Avoir annulant la facture n° ${invoice.cancels.number} du ${frenchDate(invoice.cancels.issueDate)}`,
    });
  }
  if (invoice.kind === 'deposit') mentions.push({ subject: 'AAI', text: 'Facture d’acompte' });
  mentions.push({ subject: 'AAI', text: 'Nature des opérations : prestations de services' });
  if (invoice.mentions.clientSiren) {
    mentions.push({ subject: 'AAI', text: `SIREN du client : ${invoice.mentions.clientSiren}` });
  }
  if (invoice.mentions.deliveryAddress) {
    const where = invoice.mentions.deliveryAddress;
    mentions.push({
      subject: 'AAI',
      text: `Adresse de livraison : ${[...where.lines, `${where.postcode} ${where.city}`].join(', ')}`,
    });
  }
  if (invoice.mentions.vatOnDebits) {
    mentions.push({ subject: 'TXD', text: 'Option pour le paiement de la taxe d’après les débits' });
  }
  if (invoice.seller.vatExemptionNote)
    mentions.push({ subject: 'TXD', text: invoice.seller.vatExemptionNote });
  mentions.push({
    subject: 'PMD',
    text: `En cas de retard de paiement, pénalités exigibles au taux annuel de ${String(invoice.latePenaltyRate).replace('.', ',')} %`,
  });
  if (invoice.recoveryFeeCents > 0) {
    mentions.push({
      subject: 'PMT',
      text: `Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : ${euros(invoice.recoveryFeeCents)}`,
    });
  }
  mentions.push({ subject: 'AAB', text: 'Pas d’escompte pour paiement anticipé' });
  if (invoice.externalNumber && !invoice.number) {
    mentions.push({
      subject: 'AAI',
      text: `Numéro attribué par la comptabilité : ${invoice.externalNumber}`,
    });
  }
  return mentions;
};

/** `2026-12-07` → `07/12/2026`. */
export const frenchDate = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
