import { bookingRulesSchema } from '#domain/booking/booking-rule';
import { authorize } from '#domain/identity/authorize';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { bookingPorts } from './adapters/booking-ports';

export const handler = signedInHandler(async (event, actor) => {
  const { rules } = parseJsonBody(event, bookingRulesSchema);
  await authorize(actor, 'bookings:manage', { kind: 'school' }, directory);
  await bookingPorts.bookings.saveRules(rules);
  return { status: 200, body: { rules } };
});
