import { bookingOptions } from '#domain/booking/booking-options';
import { authorize } from '#domain/identity/authorize';
import { freePlacesQuerySchema } from '#domain/planning/planning-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { nowIn } from '#functions/lib/school-today';
import { directory } from '#functions/people/adapters/directory';
import { bookingPorts } from './adapters/booking-ports';

/** The rooms a student or a teacher may book for a span (the free places search), each to confirm at once or to request. */
export const handler = signedInHandler(async (event, actor) => {
  const query = parseQuery(event, freePlacesQuerySchema);
  await authorize(actor, 'bookings:make', { kind: 'person', personId: actor.personId }, directory);
  const now = nowIn(bookingPorts.planning.school.timeZone);
  return { status: 200, body: await bookingOptions(query, actor, now, bookingPorts) };
});
