import { listOverdue } from '#domain/sales/overdue';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { paymentPorts } from './adapters/payment-ports';

/** « Impayés »: the invoices past due with a balance, the oldest first, with the reminders sent. */
export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: await listOverdue(actor, paymentPorts),
}));
