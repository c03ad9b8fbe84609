import { declareInsurance, insuranceUploadSchema } from '#domain/loans/loan-insurance';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { loanFormPorts } from './adapters/loans-ports';

/** The borrower, a guardian or staff declare the insurance certificate: a signed form to upload it. */
export const handler = signedInHandler(async (event, actor) => {
  const loanId = pathParameter(event, 'loanId');
  const input = parseJsonBody(event, insuranceUploadSchema);
  return {
    status: 201,
    body: await declareInsurance(loanId, input, actor, loanFormPorts),
  };
});
