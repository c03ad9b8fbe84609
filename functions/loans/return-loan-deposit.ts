import { loanVersionSchema } from '#domain/loans/hand-over-loan';
import { returnDeposit } from '#domain/loans/return-loan';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { loanFormPorts } from './adapters/loans-ports';

/** Staff record the deposit given back. */
export const handler = signedInHandler(async (event, actor) => {
  const loanId = pathParameter(event, 'loanId');
  const { version } = parseJsonBody(event, loanVersionSchema);
  const loan = await returnDeposit(loanId, version, actor, loanFormPorts);
  const { depositReturnedAt, depositReturnedBy } = loan;
  return { status: 200, body: { loanId, version: loan.version, depositReturnedAt, depositReturnedBy } };
});
