import { authorize } from '#domain/identity/authorize';
import { pushSubscriptionSchema } from '#domain/messaging/notification';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { pushSubscriptions } from './adapters/notification-ports';

/** This browser receives one's notifications as pushes, as one's choices and quiet hours allow. */
export const handler = signedInHandler(async (event, actor) => {
  const subscription = parseJsonBody(event, pushSubscriptionSchema);
  await authorize(actor, 'messaging:notifications', { kind: 'person', personId: actor.personId }, directory);
  await pushSubscriptions.add(actor.personId, subscription);
  return { status: 201, body: { subscribed: true } };
});
