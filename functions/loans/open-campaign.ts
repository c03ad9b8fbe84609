import { campaignInputSchema, openRenewalCampaign } from '#domain/loans/renewal-campaign';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { campaignPorts } from './adapters/loans-ports';

/** Staff open a year's renewal campaign: a renewal asked for each loan running now, once however often. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await openRenewalCampaign(parseJsonBody(event, campaignInputSchema), actor, campaignPorts),
}));
