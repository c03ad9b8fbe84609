import { authorize } from '#domain/identity/authorize';
import { inboxQuerySchema } from '#domain/messaging/message';
import { readInbox } from '#domain/messaging/read-messages';
import { parseQuery } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { messagePorts } from './adapters/message-ports';
import { messagingHandler } from './adapters/messaging-handler';

const ports = messagePorts();

/** One's conversations, newest first; with `q`, those whose messages hold the words. */
export const handler = messagingHandler(async (event, actor) => {
  const query = parseQuery(event, inboxQuerySchema);
  await authorize(actor, 'messaging:read', { kind: 'person', personId: actor.personId }, directory);
  return { status: 200, body: await readInbox(actor, query, ports) };
});
