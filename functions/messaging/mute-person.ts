import { muteInputSchema, muteSender } from '#domain/messaging/mute-sender';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { mutingPorts } from './adapters/audience-ports';
import { messagingHandler } from './adapters/messaging-handler';

/** The person sends no message from now on (`muted`), until unmuted; they still read theirs. */
export const handler = messagingHandler(async (event, actor) => {
  const input = parseJsonBody(event, muteInputSchema);
  const muting = await muteSender(actor, pathParameter(event, 'personId'), input, mutingPorts);
  return { status: 200, body: muting };
});
