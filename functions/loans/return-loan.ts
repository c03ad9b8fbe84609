import { returnInputSchema, returnLoan } from '#domain/loans/return-loan';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { loanFormPorts } from './adapters/loans-ports';

/** Staff check a loan's item back: its condition, and a servicing ticket when they open one. */
export const handler = signedInHandler(async (event, actor) => {
  const loanId = pathParameter(event, 'loanId');
  const input = parseJsonBody(event, returnInputSchema);
  const { loan, item } = await returnLoan(loanId, input, actor, loanFormPorts);
  return {
    status: 200,
    body: { loanId: loan.loanId, status: loan.status, version: loan.version, returned: loan.returned, item },
  };
});
