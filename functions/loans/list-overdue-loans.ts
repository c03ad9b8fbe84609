import { listOverdueLoans } from '#domain/loans/remind-overdue-loans';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { overduePorts } from './adapters/loans-ports';

/** « Relances »: the loans out past their end date, the latest first, with the reminders sent. */
export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: await listOverdueLoans(actor, overduePorts),
}));
