import { readLoanForm } from '#domain/loans/read-loan-form';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { loanFormPorts } from './adapters/loans-ports';
import { renderContractPdf } from './labels-pdf/contract-pdf';

/** The loan's contract as a PDF (pdfkit, in the labels' function), signed or to sign. */
export const handler = signedInHandler(async (event, actor) => {
  const form = await readLoanForm(pathParameter(event, 'loanId'), actor, loanFormPorts);
  const bytes = await renderContractPdf(form.contract, form.loan.signature?.drawing);
  return {
    status: 200,
    file: { bytes, contentType: 'application/pdf', fileName: `contrat-${form.contract.reference}.pdf` },
  };
});
