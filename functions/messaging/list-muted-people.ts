import { listMutedPeople } from '#domain/messaging/mute-sender';
import { mutingPorts } from './adapters/audience-ports';
import { messagingHandler } from './adapters/messaging-handler';

export const handler = messagingHandler(async (_event, actor) => ({
  status: 200,
  body: { muted: await listMutedPeople(actor, mutingPorts) },
}));
