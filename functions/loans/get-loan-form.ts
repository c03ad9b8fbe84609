import { readLoanForm } from '#domain/loans/read-loan-form';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { loanFormPorts } from './adapters/loans-ports';

/** A loan's form: the loan (its drawing aside), its item, the contract's content, what the reader may do. */
export const handler = signedInHandler(async (event, actor) => {
  const form = await readLoanForm(pathParameter(event, 'loanId'), actor, loanFormPorts);
  const { drawing: _drawing, ...signature } = form.loan.signature ?? { drawing: undefined };
  const loan = { ...form.loan, ...(form.loan.signature && { signature }) };
  return { status: 200, body: { ...form, loan }, headers: { etag: `"${loan.version}"` } };
});
