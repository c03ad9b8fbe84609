import { bookingRequestListQuerySchema } from '#domain/booking/booking-input';
import { scopesHeld } from '#domain/identity/rights';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { bookingPorts } from './adapters/booking-ports';

/** Planners see the requests of a status; everyone else follows their own. */
export const handler = signedInHandler(async (event, actor) => {
  const { status } = parseQuery(event, bookingRequestListQuerySchema);
  const manages = scopesHeld('bookings:manage', actor.profiles).size > 0;
  const items = await bookingPorts.bookings.requests(manages ? { status } : { studentId: actor.personId });
  return { status: 200, body: { items } };
});
