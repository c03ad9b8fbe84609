import { authorize } from '../../domain/identity/authorize';
import { directory } from '../lib/directory';
import { signedInHandler } from '../lib/signed-in-handler';
import { bookingPorts } from './adapters/booking-ports';

/** The rules are no secret: students read what their curriculum opens to them. */
export const handler = signedInHandler(async (_event, actor) => {
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  return { status: 200, body: { rules: await bookingPorts.bookings.rules() } };
});
