import { bookingRulesSchema } from '../../domain/booking/booking-rule';
import { authorize } from '../../domain/identity/authorize';
import { directory } from '../lib/directory';
import { parseJsonBody } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { bookingPorts } from './adapters/booking-ports';

export const handler = signedInHandler(async (event, actor) => {
  const { rules } = parseJsonBody(event, bookingRulesSchema);
  await authorize(actor, 'bookings:manage', { kind: 'school' }, directory);
  await bookingPorts.bookings.saveRules(rules);
  return { status: 200, body: { rules } };
});
