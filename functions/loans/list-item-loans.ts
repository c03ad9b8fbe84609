import { listItemLoans } from '#domain/loans/read-loan-form';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { loanFormPorts } from './adapters/loans-ports';

/** An item's loans, by start, for the staff. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: { loans: await listItemLoans(pathParameter(event, 'itemId'), actor, loanFormPorts) },
}));
