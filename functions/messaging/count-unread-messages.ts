import { authorize } from '#domain/identity/authorize';
import { countUnread } from '#domain/messaging/read-messages';
import { directory } from '#functions/people/adapters/directory';
import { messagePorts } from './adapters/message-ports';
import { messagingHandler } from './adapters/messaging-handler';

const ports = messagePorts();

/** How many received messages one has not read: the menu's figure. */
export const handler = messagingHandler(async (_event, actor) => {
  await authorize(actor, 'messaging:read', { kind: 'person', personId: actor.personId }, directory);
  return { status: 200, body: await countUnread(actor, ports) };
});
