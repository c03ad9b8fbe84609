import { authorize } from '#domain/identity/authorize';
import { pushUnsubscribeSchema } from '#domain/messaging/notification';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { pushSubscriptions } from './adapters/notification-ports';

/** This browser receives no more pushes. */
export const handler = signedInHandler(async (event, actor) => {
  const { endpoint } = parseJsonBody(event, pushUnsubscribeSchema);
  await authorize(actor, 'messaging:notifications', { kind: 'person', personId: actor.personId }, directory);
  await pushSubscriptions.remove(actor.personId, endpoint);
  return { status: 200, body: { subscribed: false } };
});
