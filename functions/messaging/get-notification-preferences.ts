import { authorize } from '#domain/identity/authorize';
import { preferencesOf } from '#domain/messaging/read-notifications';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { directory } from '#functions/people/adapters/directory';
import { notificationStore } from './adapters/notification-ports';

/** One's choices per kind and quiet hours; the defaults until one chooses. */
export const handler = signedInHandler(async (_event, actor) => {
  await authorize(actor, 'messaging:notifications', { kind: 'person', personId: actor.personId }, directory);
  return { status: 200, body: await preferencesOf(actor.personId, notificationStore) };
});
