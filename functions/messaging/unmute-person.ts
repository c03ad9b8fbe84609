import { unmuteSender } from '#domain/messaging/mute-sender';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { mutingPorts } from './adapters/audience-ports';

export const handler = signedInHandler(async (event, actor) => {
  await unmuteSender(actor, pathParameter(event, 'personId'), mutingPorts);
  return { status: 204 };
});
