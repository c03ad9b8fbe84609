import { campaignDecisionsSchema, decideRenewals } from '#domain/loans/renewal-campaign';
import { schoolYearSchema } from '#domain/shared/input-types';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { parseWith } from '#functions/lib/validation';
import { campaignPorts } from './adapters/loans-ports';

/** Staff approve and refuse a campaign's renewals in one call; each says how it went. */
export const handler = signedInHandler(async (event, actor) => {
  const decisions = parseJsonBody(event, campaignDecisionsSchema);
  const year = parseWith(schoolYearSchema, pathParameter(event, 'year'), 'year');
  return { status: 200, body: await decideRenewals(year, decisions, actor, campaignPorts) };
});
