import { signatureInputSchema, signLoan } from '#domain/loans/sign-loan';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { loanFormPorts } from './adapters/loans-ports';

/** The borrower of age, or a guardian for a minor, signs the loan's form on screen. */
export const handler = signedInHandler(async (event, actor) => {
  const loanId = pathParameter(event, 'loanId');
  const input = parseJsonBody(event, signatureInputSchema);
  const loan = await signLoan(loanId, input, actor, loanFormPorts);
  const { drawing: _drawing, ...signature } = loan.signature ?? { drawing: undefined };
  return {
    status: 200,
    body: { loanId: loan.loanId, status: loan.status, version: loan.version, signature },
  };
});
