import { authorize } from '#domain/identity/authorize';
import { countUnread } from '#domain/messaging/read-messages';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { directory } from '#functions/people/adapters/directory';
import { messagePorts } from './adapters/message-ports';

const ports = messagePorts();

/** How many received messages one has not read: the menu's figure. */
export const handler = signedInHandler(async (_event, actor) => {
  await authorize(actor, 'messaging:read', { kind: 'person', personId: actor.personId }, directory);
  return { status: 200, body: await countUnread(actor, ports) };
});
