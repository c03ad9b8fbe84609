import * as z from 'zod/mini';
import { calendarDateSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';

/** How a client pays: a bank transfer, a cheque, a card, cash, or a public body's mandat administratif. */
export const paymentMeans = ['transfer', 'cheque', 'card', 'cash', 'mandate'] as const;
export type PaymentMeans = (typeof paymentMeans)[number];

/** The most one payment may carry: ten million euros, far above any rental, well within a safe integer. */
export const maxPaymentCents = 1_000_000_000;

/** A payment as staff record it against an issued invoice: the day it was received, in cents, by what means. */
export const paymentInputSchema = z.strictObject({
  date: calendarDateSchema,
  amountCents: z
    .number('must be an amount in cents')
    .check(
      z.int('must be a whole number of cents'),
      z.minimum(1, 'must be at least 1 cent'),
      z.maximum(maxPaymentCents, `must be at most ${maxPaymentCents} cents`),
    ),
  means: z.enum(paymentMeans, `must be one of ${paymentMeans.join(', ')}`),
  reference: z.optional(text(80)),
});
export type PaymentInput = z.infer<typeof paymentInputSchema>;

/**
 * One entry of an invoice's payments. A payment is never changed nor deleted: cancelling one adds a `reversal`
 * entry (the same amount, given back to the balance) and marks the payment `reversedBy` it, so the journal keeps
 * both lines, as an accountant expects.
 */
export interface Payment {
  paymentId: string;
  invoiceId: string;
  /** The invoice's number, for the journal and the list, without reading the invoice again. */
  invoiceNumber: string;
  kind: 'payment' | 'reversal';
  /** The day the money was received (a payment) or the cancellation was recorded (a reversal). */
  date: string;
  /** Positive for a payment, negative for its reversal. */
  amountCents: number;
  means: PaymentMeans;
  reference?: string;
  recordedAt: string;
  recordedBy: string;
  /** A reversal: the payment it cancels. */
  reverses?: string;
  /** A payment cancelled: its reversal. */
  reversedBy?: string;
}

/**
 * What payments need of an invoice (S3's `Invoice`, as its item holds it): its money and where it stands. The
 * balance is kept on the invoice's item by each payment's transaction, conditional on the balance read.
 */
export interface PayableInvoice {
  invoiceId: string;
  number: string;
  /** `invoice` (or a deposit or balance invoice) takes payments; a credit note does not. */
  kind: string;
  /** `cancelled` once a credit note cancels it. */
  status: string;
  grossCents: number;
  paidCents: number;
  balanceCents: number;
  issueDate: string;
  dueDate: string;
  clientId: string;
  clientName: string;
  /** The client's contact address, where reminders go. */
  clientEmail?: string;
  paymentTerms?: string;
  reminders?: Partial<Record<ReminderStep, string>>;
}

/** The reminders of an unpaid invoice, by days after its due date; after the second, staff follow it up. */
export const reminderSteps = [
  { step: 'first', afterDays: 7 },
  { step: 'second', afterDays: 30 },
] as const;
export type ReminderStep = (typeof reminderSteps)[number]['step'];
