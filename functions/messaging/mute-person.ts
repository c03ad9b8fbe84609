import { muteInputSchema, muteSender } from '#domain/messaging/mute-sender';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { mutingPorts } from './adapters/audience-ports';

/** The person sends no message from now on (`muted`), until unmuted; they still read theirs. */
export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, muteInputSchema);
  const muting = await muteSender(actor, pathParameter(event, 'personId'), input, mutingPorts);
  return { status: 200, body: muting };
});
