import { DateTime } from 'luxon';
import {
  businessRecoveryFeeCents,
  defaultLatePenaltyRate,
  type Invoice,
  type InvoiceKind,
  issuesInPreau,
  owesRecoveryFee,
  type PostalAddress,
  type SellerIdentity,
} from '#domain/sales/invoice';
import { roundHalfUp, saleTotals } from '#domain/sales/sale-totals';
import type { Quote, SaleLine } from '#domain/sales/sales';
import { ConflictError } from '#domain/shared/errors';

/** What « Facturer » asks for: the whole quote, a deposit (a percentage or an amount including VAT), the balance. */
export type IssueRequest =
  | { kind: 'invoice' }
  | { kind: 'deposit'; percent: number }
  | { kind: 'deposit'; amountCents: number }
  | { kind: 'balance' };

const zone = 'Europe/Paris';
export const paymentDays = 30;

const parisDay = (instant: string) => DateTime.fromISO(instant, { zone }).toISODate() ?? instant.slice(0, 10);

/** The invoices that still count for a quote: not credit notes, not cancelled by one. */
const liveInvoices = (invoices: readonly Invoice[]) =>
  invoices.filter((invoice) => invoice.kind !== 'credit-note' && invoice.status !== 'cancelled');

/**
 * The lines an invoice of `request` carries for `quote`, given the quote's invoices so far; refuses what would
 * invoice the quote twice:
 * 1. the quote is accepted;
 * 2. a whole invoice or a balance closes the quote: nothing more, unless a credit note cancelled it;
 * 3. a deposit is a share of each VAT rate's base (one line a rate), and the deposits stay below the quote's total;
 * 4. a balance needs a deposit, and deducts each deposit line as a line of negative quantity, rate by rate.
 */
export const invoiceLines = (
  quote: Quote,
  request: IssueRequest,
  invoices: readonly Invoice[],
): { lines: SaleLine[]; deductedDeposits?: Invoice['deductedDeposits'] } => {
  if (quote.status !== 'accepted') {
    throw new ConflictError(
      'quote_not_accepted',
      `The quote ${quote.number} is ${quote.status}, not accepted`,
    );
  }
  const live = liveInvoices(invoices);
  const closing = live.find((invoice) => invoice.kind === 'invoice' || invoice.kind === 'balance');
  if (closing) {
    throw new ConflictError(
      'quote_already_invoiced',
      `The quote ${quote.number} is invoiced by ${closing.number ?? closing.draftReference}`,
    );
  }
  const deposits = live.filter((invoice) => invoice.kind === 'deposit');
  if (request.kind === 'invoice') {
    if (deposits.length > 0) {
      throw new ConflictError(
        'quote_has_deposit',
        `The quote ${quote.number} has a deposit: invoice its balance`,
      );
    }
    return { lines: quote.lines };
  }
  if (request.kind === 'balance') {
    if (deposits.length === 0) {
      throw new ConflictError(
        'no_deposit_to_balance',
        `The quote ${quote.number} has no deposit: invoice it whole`,
      );
    }
    const deductions = deposits.flatMap((deposit) =>
      deposit.lines.map((line, index) => ({
        ...line,
        lineId: `deduct-${deposit.invoiceId}-${index}`,
        kind: 'free' as const,
        label: `Acompte facturé (${deposit.number ?? deposit.externalNumber ?? deposit.draftReference}), TVA ${String(line.vatRate).replace('.', ',')} %`,
        quantity: -line.quantity,
        slotIndex: undefined,
        extraId: undefined,
      })),
    );
    return {
      lines: [...quote.lines, ...deductions.map(withoutUndefined)],
      deductedDeposits: deposits.map((deposit) => ({
        invoiceId: deposit.invoiceId,
        number: deposit.number ?? deposit.externalNumber ?? deposit.draftReference,
        issueDate: deposit.issueDate,
        grossCents: deposit.totals.grossCents,
      })),
    };
  }
  const share =
    'percent' in request ? request.percent / 100 : request.amountCents / Math.max(quote.totals.grossCents, 1);
  const label =
    'percent' in request
      ? `Acompte de ${String(request.percent).replace('.', ',')} % sur le devis ${quote.number}`
      : `Acompte sur le devis ${quote.number}`;
  const lines: SaleLine[] = quote.totals.vatBreakdown.map((rate, index) => ({
    lineId: `deposit-${index + 1}`,
    kind: 'free',
    label:
      quote.totals.vatBreakdown.length > 1
        ? `${label}, TVA ${String(rate.vatRate).replace('.', ',')} %`
        : label,
    quantity: 1,
    unit: 'unit',
    unitPriceCents: roundHalfUp(rate.baseCents * share),
    vatRate: rate.vatRate,
    ...(rate.exemption ? { vatExemption: rate.exemption } : {}),
  }));
  if ('amountCents' in request) exactGross(lines, request.amountCents);
  const depositGross = saleTotals(lines).grossCents;
  const alreadyDeposited = deposits.reduce((sum, deposit) => sum + deposit.totals.grossCents, 0);
  if (depositGross <= 0 || alreadyDeposited + depositGross >= quote.totals.grossCents) {
    throw new ConflictError(
      'deposit_too_large',
      `Deposits must stay above zero and below the quote's total (${quote.totals.grossCents} cents)`,
    );
  }
  return { lines };
};

/**
 * A deposit asked as an amount is shared by rate, and each rate's VAT rounded: the gross may miss the amount by a
 * cent or two. The largest line's net moves by the fewest cents that make the gross the amount asked, if any do.
 */
const exactGross = (lines: SaleLine[], grossCents: number) => {
  const largest = lines.reduce<SaleLine | undefined>(
    (found, line) => (!found || line.unitPriceCents > found.unitPriceCents ? line : found),
    undefined,
  );
  if (!largest) return;
  const net = largest.unitPriceCents;
  for (const step of [0, -1, 1, -2, 2, -3, 3]) {
    largest.unitPriceCents = net + step;
    if (saleTotals(lines).grossCents === grossCents) return;
  }
  largest.unitPriceCents = net;
};

const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;

export interface NewInvoiceContext {
  invoiceId: string;
  quote: Quote;
  seller: SellerIdentity;
  /** The quote's invoices so far (credit notes included). */
  invoices: readonly Invoice[];
  request: IssueRequest;
  /** The instant of issue; the issue date is its day in Paris. */
  now: string;
  by: string;
}

/**
 * The invoice `request` makes, without its number: the store adds it from the series' counter in the write's
 * transaction (or leaves a draft, when the school's accounting gives the numbers).
 */
export const newInvoice = (context: NewInvoiceContext): Invoice => {
  const { quote, seller, request, now } = context;
  const { lines, deductedDeposits } = invoiceLines(quote, request, context.invoices);
  const issueDate = parisDay(now);
  const buyer = quote.client;
  const days = quote.slots.flatMap((slot) => [parisDay(slot.startsAt), parisDay(slot.endsAt)]).sort();
  const first = days[0];
  const last = days[days.length - 1];
  const totals = saleTotals(lines);
  const deliveredElsewhere = !sameAddress(seller.address, buyer.billingAddress);
  return {
    invoiceId: context.invoiceId,
    draftReference: draftReference(context.invoiceId),
    kind: request.kind,
    quoteId: quote.quoteId,
    quoteNumber: quote.number,
    clientId: quote.clientId,
    seller,
    buyer,
    ...(deliveredElsewhere ? { deliveryAddress: seller.address } : {}),
    lines,
    totals,
    ...(deductedDeposits ? { deductedDeposits } : {}),
    issueDate,
    dueDate: DateTime.fromISO(issueDate, { zone }).plus({ days: paymentDays }).toISODate() ?? issueDate,
    ...(first && last ? { servicePeriod: { from: first, to: last } } : {}),
    paymentTerms: paymentTermsText(seller),
    latePenaltyRate: defaultLatePenaltyRate,
    recoveryFeeCents: owesRecoveryFee(buyer) ? businessRecoveryFeeCents : 0,
    mentions: {
      ...(buyer.siren ? { clientSiren: buyer.siren } : {}),
      ...(deliveredElsewhere ? { deliveryAddress: seller.address } : {}),
      nature: 'services',
      vatOnDebits: Boolean(seller.vatOnDebits),
    },
    status: issuesInPreau(seller.legalStatus) ? 'issued' : 'draft',
    issuedAt: now,
    issuedBy: context.by,
    paidCents: 0,
    balanceCents: totals.grossCents,
    version: 1,
  };
};

const sameAddress = (a: PostalAddress, b: PostalAddress) =>
  a.postcode === b.postcode &&
  a.city.toLowerCase() === b.city.toLowerCase() &&
  a.lines.join(' ').toLowerCase() === b.lines.join(' ').toLowerCase();

/**
 * The credit note that cancels `invoice` whole: its lines and totals unchanged (EN16931 type 381 carries positive
 * amounts; the type says they are owed back), the invoice as preceding reference.
 */
export const newCreditNote = (
  invoice: Invoice,
  context: { invoiceId: string; now: string; by: string },
): Invoice => {
  if (invoice.kind === 'credit-note') {
    throw new ConflictError('credit_note_of_credit_note', 'A credit note is not cancelled by another one');
  }
  if (invoice.status !== 'issued') {
    throw new ConflictError(
      'invoice_not_issued',
      `The invoice is ${invoice.status}: only an issued invoice is cancelled`,
    );
  }
  const issueDate = parisDay(context.now);
  const {
    number: _number,
    externalNumber: _external,
    cancelledBy: _cancelledBy,
    deductedDeposits: _deducted,
    ...rest
  } = invoice;
  return {
    ...rest,
    invoiceId: context.invoiceId,
    draftReference: draftReference(context.invoiceId),
    kind: 'credit-note',
    issueDate,
    dueDate: issueDate,
    cancels: {
      invoiceId: invoice.invoiceId,
      number: invoice.number ?? invoice.externalNumber ?? invoice.draftReference,
      issueDate: invoice.issueDate,
    },
    status: issuesInPreau(invoice.seller.legalStatus) ? 'issued' : 'draft',
    issuedAt: context.now,
    issuedBy: context.by,
    paidCents: 0,
    balanceCents: 0,
    version: 1,
  };
};

export const draftReference = (invoiceId: string) => `BROUILLON-${invoiceId.slice(0, 8).toUpperCase()}`;

const paymentTermsText = (seller: SellerIdentity) =>
  seller.iban
    ? `Paiement à ${paymentDays} jours par virement sur le compte ${seller.iban}${seller.bic ? ` (BIC ${seller.bic})` : ''}`
    : `Paiement à ${paymentDays} jours`;

/** Names a kind in the messages of errors and events. */
export const isInvoiceKind = (kind: string): kind is InvoiceKind =>
  kind === 'invoice' || kind === 'deposit' || kind === 'balance' || kind === 'credit-note';
