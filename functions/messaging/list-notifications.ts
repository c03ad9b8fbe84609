import { authorize } from '#domain/identity/authorize';
import { feedQuerySchema } from '#domain/messaging/notification';
import { readFeed } from '#domain/messaging/read-notifications';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { notificationStore } from './adapters/notification-ports';

/** One's own feed, newest first, a page at a time, with the unread count. */
export const handler = signedInHandler(async (event, actor) => {
  const { before } = parseQuery(event, feedQuerySchema);
  await authorize(actor, 'messaging:notifications', { kind: 'person', personId: actor.personId }, directory);
  return { status: 200, body: await readFeed(actor.personId, before, notificationStore) };
});
