import { authorize } from '#domain/identity/authorize';
import { markReadSchema } from '#domain/messaging/notification';
import { markRead } from '#domain/messaging/read-notifications';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { clock, notificationStore } from './adapters/notification-ports';

/** One notification read (opened from the feed); the count goes down by one if it was unread. */
export const handler = signedInHandler(async (event, actor) => {
  const which = parseJsonBody(event, markReadSchema);
  await authorize(actor, 'messaging:notifications', { kind: 'person', personId: actor.personId }, directory);
  return { status: 200, body: await markRead(actor.personId, which, { store: notificationStore, clock }) };
});
