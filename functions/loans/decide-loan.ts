import { decideOnLoan } from '#domain/loans/decide-loan';
import { loanDecisionSchema } from '#domain/loans/loan-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { loanPorts } from './adapters/loans-ports';

/** Staff approve (holding the item), waitlist or refuse a loan; its requester may cancel it. */
export const handler = signedInHandler(async (event, actor) => {
  const loanId = pathParameter(event, 'loanId');
  const loan = await decideOnLoan(loanId, parseJsonBody(event, loanDecisionSchema), actor, loanPorts);
  return { status: 200, body: loan, headers: { etag: `"${loan.version}"` } };
});
