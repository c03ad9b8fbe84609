import { readLoan } from '#domain/loans/read-loans';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { loanPorts } from './adapters/loans-ports';

/** A loan: for staff, its requester, its borrower or their guardian. */
export const handler = signedInHandler(async (event, actor) => {
  const loan = await readLoan(pathParameter(event, 'loanId'), actor, loanPorts);
  return { status: 200, body: loan, headers: { etag: `"${loan.version}"` } };
});
