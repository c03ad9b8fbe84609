import { authorize } from '#domain/identity/authorize';
import { recipientSearchSchema } from '#domain/messaging/message';
import { recipientOptions } from '#domain/messaging/read-messages';
import { parseQuery } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { messagePorts } from './adapters/message-ports';
import { messagingHandler } from './adapters/messaging-handler';

const ports = messagePorts();

/** The lists one may write to, and the persons one may write to whose name holds `q`. */
export const handler = messagingHandler(async (event, actor) => {
  const { q = '' } = parseQuery(event, recipientSearchSchema);
  await authorize(actor, 'messaging:write', { kind: 'person', personId: actor.personId }, directory);
  return { status: 200, body: await recipientOptions(actor, q, ports) };
});
