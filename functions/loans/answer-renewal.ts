import { answerRenewal, renewalAnswerSchema } from '#domain/loans/renewal-campaign';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { campaignPorts } from './adapters/loans-ports';

/** « Je renouvelle » or « je rends »: the borrower, or a pupil's guardian, answers a renewal. */
export const handler = signedInHandler(async (event, actor) => {
  const loanId = pathParameter(event, 'loanId');
  const answer = parseJsonBody(event, renewalAnswerSchema);
  return { status: 200, body: await answerRenewal(loanId, answer, actor, campaignPorts) };
});
