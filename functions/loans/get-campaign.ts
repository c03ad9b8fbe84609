import { readRenewalCampaign } from '#domain/loans/renewal-campaign';
import { schoolYearSchema } from '#domain/shared/input-types';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { parseWith } from '#functions/lib/validation';
import { campaignPorts } from './adapters/loans-ports';

/** A year's campaign: its renewals, their answers and statuses, on one screen. */
export const handler = signedInHandler(async (event, actor) => {
  const year = parseWith(schoolYearSchema, pathParameter(event, 'year'), 'year');
  return { status: 200, body: await readRenewalCampaign(year, actor, campaignPorts) };
});
