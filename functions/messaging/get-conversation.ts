import { authorize } from '#domain/identity/authorize';
import { readConversation } from '#domain/messaging/read-messages';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { messagePorts } from './adapters/message-ports';
import { messagingHandler } from './adapters/messaging-handler';

const ports = messagePorts();

/** A conversation one is in, marked read as it opens; to anyone else it does not exist (404). */
export const handler = messagingHandler(async (event, actor) => {
  const conversationId = pathParameter(event, 'conversationId');
  await authorize(actor, 'messaging:read', { kind: 'person', personId: actor.personId }, directory);
  return { status: 200, body: await readConversation(conversationId, actor, ports) };
});
