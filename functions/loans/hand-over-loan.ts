import { handOverLoan, loanVersionSchema } from '#domain/loans/hand-over-loan';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { loanFormPorts } from './adapters/loans-ports';

/** Staff hand a signed loan's item over: the loan is out, the item on loan until its end. */
export const handler = signedInHandler(async (event, actor) => {
  const loanId = pathParameter(event, 'loanId');
  const { version } = parseJsonBody(event, loanVersionSchema);
  const loan = await handOverLoan(loanId, version, actor, loanFormPorts);
  return {
    status: 200,
    body: { loanId: loan.loanId, status: loan.status, version: loan.version, handedOutAt: loan.handedOutAt },
  };
});
