import { authorize } from '#domain/identity/authorize';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { directory } from '#functions/people/adapters/directory';
import { notificationStore } from './adapters/notification-ports';

/** The bell's number: one's unread notifications, one read of a counter. */
export const handler = signedInHandler(async (_event, actor) => {
  await authorize(actor, 'messaging:notifications', { kind: 'person', personId: actor.personId }, directory);
  const { count } = await notificationStore.unread(actor.personId);
  return { status: 200, body: { unread: count } };
});
