import { authorize } from '#domain/identity/authorize';
import { replySchema } from '#domain/messaging/message';
import { replyToConversation } from '#domain/messaging/send-message';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { messagePorts } from './adapters/message-ports';
import { messagingHandler } from './adapters/messaging-handler';

const ports = messagePorts();

/** Answers in a conversation one is in: to everyone in it, or to its sender when it went to a large list. */
export const handler = messagingHandler(async (event, actor) => {
  const conversationId = pathParameter(event, 'conversationId');
  const { text, attachmentIds } = parseJsonBody(event, replySchema);
  await authorize(actor, 'messaging:write', { kind: 'person', personId: actor.personId }, directory);
  return { status: 201, body: await replyToConversation(conversationId, text, actor, ports, attachmentIds) };
});
