import { ownBookings } from '#domain/booking/own-bookings';
import { authorize } from '#domain/identity/authorize';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { todayIn } from '#functions/lib/school-today';
import { directory } from '#functions/people/adapters/directory';
import { bookingPorts } from './adapters/booking-ports';

/** The signed-in student's coming bookings and their requests. */
export const handler = signedInHandler(async (_event, actor) => {
  await authorize(actor, 'bookings:make', { kind: 'person', personId: actor.personId }, directory);
  const today = todayIn(bookingPorts.planning.school.timeZone);
  return { status: 200, body: await ownBookings(actor.personId, today, bookingPorts) };
});
