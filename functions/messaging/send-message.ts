import { authorize } from '#domain/identity/authorize';
import { newMessageSchema } from '#domain/messaging/message';
import { sendMessage } from '#domain/messaging/send-message';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { messagePorts } from './adapters/message-ports';
import { messagingHandler } from './adapters/messaging-handler';

const ports = messagePorts();

/** Starts a conversation with persons and lists one may write to; the inboxes fill through the fan-out queue. */
export const handler = messagingHandler(async (event, actor) => {
  const input = parseJsonBody(event, newMessageSchema);
  await authorize(actor, 'messaging:write', { kind: 'person', personId: actor.personId }, directory);
  return { status: 201, body: await sendMessage(input, actor, ports) };
});
