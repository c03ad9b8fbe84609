import { approveRequest, refuseRequest } from '#domain/booking/book-room';
import { bookingAnswerSchema } from '#domain/booking/booking-input';
import { authorize } from '#domain/identity/authorize';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { bookingPorts } from './adapters/booking-ports';

/** A planner approves a request (the room is booked if still free) or refuses it with a reason. */
export const handler = signedInHandler(async (event, actor) => {
  const requestId = pathParameter(event, 'requestId');
  const answer = parseJsonBody(event, bookingAnswerSchema);
  await authorize(actor, 'bookings:manage', { kind: 'school' }, directory);
  const request =
    answer.decision === 'approve'
      ? await approveRequest(requestId, bookingPorts)
      : await refuseRequest(requestId, answer.reason, bookingPorts);
  return { status: 200, body: request };
});
