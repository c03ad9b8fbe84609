import { authorize } from '#domain/identity/authorize';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { directory } from '#functions/people/adapters/directory';
import { bookingPorts } from './adapters/booking-ports';

/** The rules are no secret: students read what their curriculum opens to them. */
export const handler = signedInHandler(async (_event, actor) => {
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  return { status: 200, body: { rules: await bookingPorts.bookings.rules() } };
});
