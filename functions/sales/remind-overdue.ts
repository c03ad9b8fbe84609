import { remindOverdue } from '#domain/sales/overdue';
import { scheduleHandler } from '#functions/lib/event-handler';
import { paymentPorts } from './adapters/payment-ports';

/** Every morning: the clients of invoices 7 and 30 days past due are reminded by mail, once per step. */
export const handler = scheduleHandler('remind-overdue-invoices', async () => {
  await remindOverdue(paymentPorts);
});
