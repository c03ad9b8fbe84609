import { myRenewals } from '#domain/loans/renewal-campaign';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { campaignPorts } from './adapters/loans-ports';

/** The asker's renewals to answer, and their children's. */
export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: await myRenewals(actor, campaignPorts),
}));
