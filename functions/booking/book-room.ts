import { bookRoom } from '#domain/booking/book-room';
import { bookingRequestSchema } from '#domain/booking/booking-rule';
import { authorize } from '#domain/identity/authorize';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { nowIn } from '#functions/lib/school-today';
import { directory } from '#functions/people/adapters/directory';
import { bookingPorts } from './adapters/booking-ports';

/** 201 when booked, 202 when it waits for a planner, 403 outside the rooms of one's curriculum, 409 when taken. */
export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, bookingRequestSchema);
  await authorize(actor, 'bookings:make', { kind: 'person', personId: actor.personId }, directory);
  const now = nowIn(bookingPorts.planning.school.timeZone);
  const booked = await bookRoom(input, actor, now, bookingPorts);
  return { status: booked.status === 'confirmed' ? 201 : 202, body: booked };
});
