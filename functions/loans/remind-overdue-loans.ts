import { remindOverdueLoans } from '#domain/loans/remind-overdue-loans';
import { scheduleHandler } from '#functions/lib/event-handler';
import { overduePorts } from './adapters/loans-ports';

/** Every morning: the loans past their end date are reminded, a step at a time, each step once. */
export const handler = scheduleHandler('remind-overdue-loans', async () => {
  await remindOverdueLoans(overduePorts);
});
