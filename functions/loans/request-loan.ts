import { loanRequestSchema } from '#domain/loans/loan-input';
import { requestLoan } from '#domain/loans/request-loan';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { loanPorts } from './adapters/loans-ports';

/** A pupil, a guardian for their child, a teacher or staff ask to borrow an item, or any item of a kind. */
export const handler = signedInHandler(async (event, actor) => {
  const loan = await requestLoan(parseJsonBody(event, loanRequestSchema), actor, loanPorts);
  return {
    status: 201,
    body: loan,
    headers: { etag: `"${loan.version}"`, location: `/api/loans/${encodeURIComponent(loan.loanId)}` },
  };
});
