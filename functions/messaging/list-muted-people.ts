import { listMutedPeople } from '#domain/messaging/mute-sender';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { mutingPorts } from './adapters/audience-ports';

export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: { muted: await listMutedPeople(actor, mutingPorts) },
}));
