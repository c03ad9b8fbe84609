import { authorize } from '#domain/identity/authorize';
import { preferencesInputSchema } from '#domain/messaging/notification';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { notificationStore } from './adapters/notification-ports';

/** Sets one's choice per kind (immediately, daily digest, nothing) and quiet hours. */
export const handler = signedInHandler(async (event, actor) => {
  const preferences = parseJsonBody(event, preferencesInputSchema);
  await authorize(actor, 'messaging:notifications', { kind: 'person', personId: actor.personId }, directory);
  await notificationStore.savePreferences(actor.personId, preferences);
  return { status: 200, body: preferences };
});
