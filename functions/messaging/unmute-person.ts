import { unmuteSender } from '#domain/messaging/mute-sender';
import { pathParameter } from '#functions/lib/http-request';
import { mutingPorts } from './adapters/audience-ports';
import { messagingHandler } from './adapters/messaging-handler';

export const handler = messagingHandler(async (event, actor) => {
  await unmuteSender(actor, pathParameter(event, 'personId'), mutingPorts);
  return { status: 204 };
});
