import { audienceOptions } from '#domain/messaging/audience-options';
import { audiencePorts } from './adapters/audience-ports';
import { messagingHandler } from './adapters/messaging-handler';

/** What the asker may write to: the lists the rule allows them and the kinds of people they may name. */
export const handler = messagingHandler(async (_event, actor) => ({
  status: 200,
  body: await audienceOptions(actor, audiencePorts),
}));
