import { insuranceRecordSchema, recordInsurance } from '#domain/loans/loan-insurance';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { loanFormPorts } from './adapters/loans-ports';

/** Records the uploaded certificate on the loan once it arrived as declared. */
export const handler = signedInHandler(async (event, actor) => {
  const loanId = pathParameter(event, 'loanId');
  const input = parseJsonBody(event, insuranceRecordSchema);
  const loan = await recordInsurance(loanId, input, actor, loanFormPorts);
  return { status: 200, body: { version: loan.version, insuranceDocument: loan.insuranceDocument } };
});
