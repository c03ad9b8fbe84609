import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { NotFoundError, StaleVersionError } from '#domain/shared/errors';
import { newEvent } from '#events/envelope';
import { paymentRecorded } from '#events/sales/sales-events';
import { decidePayment, decideReversal, type PaymentDecision } from './decide-payment';
import type { PayableInvoice, Payment, PaymentInput } from './payment';
import type { PaymentPorts } from './payments-ports';

/** How often a payment is tried again when another moved the balance between its read and its write. */
const attempts = 5;

const invoiceOf = async (invoiceId: string, ports: PaymentPorts) => {
  const invoice = await ports.payments.invoice(invoiceId);
  if (!invoice) throw new NotFoundError('invoice', invoiceId);
  return invoice;
};

/**
 * 1. read the invoice and its balance; 2. decide (refused above the balance, on a cancelled invoice);
 * 3. write the entry, the new balance, `PaymentRecorded` and the audit entry in one transaction, on condition that
 * the balance is the one read; another payment in between: read again and decide again (so two racing payments
 * never overpay: the second sees the first's balance).
 */
const settle = async (
  invoiceId: string,
  decide: (invoice: PayableInvoice) => PaymentDecision | Promise<PaymentDecision>,
  ports: PaymentPorts,
) => {
  for (let attempt = 1; ; attempt += 1) {
    const invoice = await invoiceOf(invoiceId, ports);
    const decision = await decide(invoice);
    const event = newEvent(
      paymentRecorded,
      {
        invoiceId,
        paymentId: decision.entry.paymentId,
        amountCents: decision.entry.amountCents,
        balanceCents: decision.balanceCents,
      },
      { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: decision.entry.recordedAt },
    );
    try {
      await ports.payments.record(invoice, decision, [event]);
      return { payment: decision.entry, paidCents: decision.paidCents, balanceCents: decision.balanceCents };
    } catch (error) {
      if (!(error instanceof StaleVersionError) || attempt >= attempts) throw error;
    }
  }
};

/** Staff record a payment received against an issued invoice. */
export const recordPayment = async (
  invoiceId: string,
  input: PaymentInput,
  actor: Actor,
  ports: PaymentPorts,
) => {
  await authorize(actor, 'sales:payments', { kind: 'school' }, ports.directory);
  const paymentId = ports.newId();
  return settle(
    invoiceId,
    (invoice) =>
      decidePayment(invoice, input, {
        paymentId,
        at: ports.clock.now().toISOString(),
        by: actor.personId,
      }),
    ports,
  );
};

/** Staff cancel a payment (a cheque returned unpaid, a mistake): a reversal entry, the balance given back. */
export const cancelPayment = async (
  invoiceId: string,
  paymentId: string,
  actor: Actor,
  ports: PaymentPorts,
) => {
  await authorize(actor, 'sales:payments', { kind: 'school' }, ports.directory);
  const reversalId = ports.newId();
  return settle(
    invoiceId,
    async (invoice) => {
      const payment = await ports.payments.payment(invoiceId, paymentId);
      if (!payment) throw new NotFoundError('payment', paymentId);
      const now = ports.clock.now();
      return decideReversal(invoice, payment, {
        paymentId: reversalId,
        at: now.toISOString(),
        by: actor.personId,
        date: todayInZone(now, ports.school.timeZone),
      });
    },
    ports,
  );
};

/** An invoice's payments and where it stands: paid, balance, each entry with its reversal. */
export const listPayments = async (
  invoiceId: string,
  actor: Actor,
  ports: PaymentPorts,
): Promise<{
  invoiceId: string;
  number: string;
  grossCents: number;
  paidCents: number;
  balanceCents: number;
  status: string;
  payments: Payment[];
}> => {
  await authorize(actor, 'sales:payments', { kind: 'school' }, ports.directory);
  const invoice = await invoiceOf(invoiceId, ports);
  const payments = await ports.payments.paymentsOf(invoiceId);
  return {
    invoiceId,
    number: invoice.number,
    grossCents: invoice.grossCents,
    paidCents: invoice.paidCents,
    balanceCents: invoice.balanceCents,
    status: invoice.status,
    payments,
  };
};
