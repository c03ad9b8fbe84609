import { bookingRulesSchema } from '../../domain/booking/booking-rule';
import { authorize } from '../../domain/identity/authorize';
import { signedInHandler } from '../identity/adapters/signed-in-handler';
import { parseJsonBody } from '../lib/http-request';
import { directory } from '../people/adapters/directory';
import { bookingPorts } from './adapters/booking-ports';

export const handler = signedInHandler(async (event, actor) => {
  const { rules } = parseJsonBody(event, bookingRulesSchema);
  await authorize(actor, 'bookings:manage', { kind: 'school' }, directory);
  await bookingPorts.bookings.saveRules(rules);
  return { status: 200, body: { rules } };
});
