import { authorize } from '#domain/identity/authorize';
import { markAllRead } from '#domain/messaging/read-notifications';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { directory } from '#functions/people/adapters/directory';
import { clock, notificationStore } from './adapters/notification-ports';

/** « Tout marquer comme lu »: every notification received until now is read, the count is zero. */
export const handler = signedInHandler(async (_event, actor) => {
  await authorize(actor, 'messaging:notifications', { kind: 'person', personId: actor.personId }, directory);
  return { status: 200, body: await markAllRead(actor.personId, { store: notificationStore, clock }) };
});
