import { plusDays } from '#domain/shared/calendar/calendar-days';
import { ConflictError } from '#domain/shared/errors';
import {
  type PayableInvoice,
  type Payment,
  type PaymentInput,
  type ReminderStep,
  reminderSteps,
} from './payment';

/** What a payment or its cancellation does: the entry to add, and the invoice's paid amount and balance after it. */
export interface PaymentDecision {
  entry: Payment;
  paidCents: number;
  balanceCents: number;
}

const refuseIfNotPayable = (invoice: PayableInvoice) => {
  if (invoice.kind === 'credit-note')
    throw new ConflictError('not_payable', 'A credit note takes no payment: it cancels an invoice');
  if (invoice.status === 'cancelled')
    throw new ConflictError(
      'invoice_cancelled',
      'This invoice was cancelled by a credit note: it takes no payment',
    );
  // An EPLE's or a town's draft: its payments are recorded in the accounting software that issues it.
  if (invoice.status !== 'issued')
    throw new ConflictError('draft_not_payable', 'This invoice is not issued yet: it takes no payment');
};

/**
 * A payment received against an invoice: refused on a credit note or a cancelled invoice, and above the balance
 * (`overpayment`, with the balance, so the form can say how much is still due).
 */
export const decidePayment = (
  invoice: PayableInvoice,
  input: PaymentInput,
  recorded: { paymentId: string; at: string; by: string },
): PaymentDecision => {
  refuseIfNotPayable(invoice);
  if (input.amountCents > invoice.balanceCents)
    throw new ConflictError('overpayment', 'This payment is above what is still due on the invoice', {
      balanceCents: invoice.balanceCents,
    });
  return {
    entry: {
      paymentId: recorded.paymentId,
      invoiceId: invoice.invoiceId,
      invoiceNumber: invoice.number,
      kind: 'payment',
      date: input.date,
      amountCents: input.amountCents,
      means: input.means,
      ...(input.reference && { reference: input.reference }),
      recordedAt: recorded.at,
      recordedBy: recorded.by,
    },
    paidCents: invoice.paidCents + input.amountCents,
    balanceCents: invoice.balanceCents - input.amountCents,
  };
};

/** Cancelling a payment (a cheque bounced, an entry mistyped): a reversal entry gives its amount back to the balance. */
export const decideReversal = (
  invoice: PayableInvoice,
  payment: Payment,
  recorded: { paymentId: string; at: string; by: string; date: string },
): PaymentDecision => {
  if (payment.kind !== 'payment' || payment.reversedBy)
    throw new ConflictError('payment_already_cancelled', 'This payment was already cancelled');
  return {
    entry: {
      paymentId: recorded.paymentId,
      invoiceId: invoice.invoiceId,
      invoiceNumber: invoice.number,
      kind: 'reversal',
      date: recorded.date,
      amountCents: -payment.amountCents,
      means: payment.means,
      ...(payment.reference && { reference: payment.reference }),
      recordedAt: recorded.at,
      recordedBy: recorded.by,
      reverses: payment.paymentId,
    },
    paidCents: invoice.paidCents - payment.amountCents,
    balanceCents: invoice.balanceCents + payment.amountCents,
  };
};

/**
 * The reminder an unpaid invoice is due today, if any: the latest step whose day has come (due date + 7, + 30)
 * and that was not sent. A first reminder missed (the schedule down a month) is not sent late after the second.
 */
export const reminderDue = (invoice: PayableInvoice, today: string): ReminderStep | undefined => {
  if (invoice.status === 'cancelled' || invoice.balanceCents <= 0) return undefined;
  const reached = reminderSteps.filter(({ afterDays }) => plusDays(invoice.dueDate, afterDays) <= today);
  const latest = reached.at(-1);
  if (!latest) return undefined;
  const sentLater = reminderSteps
    .slice(reminderSteps.findIndex(({ step }) => step === latest.step))
    .some(({ step }) => invoice.reminders?.[step]);
  return sentLater ? undefined : latest.step;
};

/** Whether staff should follow an invoice up themselves: both reminders sent (or due) and still unpaid. */
export const needsFollowUp = (invoice: PayableInvoice, today: string) =>
  invoice.balanceCents > 0 &&
  invoice.status !== 'cancelled' &&
  plusDays(invoice.dueDate, reminderSteps[1].afterDays) <= today;
