import { insuranceLink } from '#domain/loans/loan-insurance';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { loanFormPorts } from './adapters/loans-ports';

/** A short link to the loan's insurance certificate. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await insuranceLink(pathParameter(event, 'loanId'), actor, loanFormPorts),
}));
