import { audienceOptions } from '#domain/messaging/audience-options';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { audiencePorts } from './adapters/audience-ports';

/** What the asker may write to: the lists the rule allows them and the kinds of people they may name. */
export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: await audienceOptions(actor, audiencePorts),
}));
