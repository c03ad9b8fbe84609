import * as z from 'zod/mini';
import { approveRequest, refuseRequest } from '../../domain/booking/book-room';
import { authorize } from '../../domain/identity/authorize';
import { text } from '../../domain/shared/text-input';
import { signedInHandler } from '../identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '../lib/http-request';
import { directory } from '../people/adapters/directory';
import { bookingPorts } from './adapters/booking-ports';

const answerSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve') }),
  z.strictObject({ decision: z.literal('refuse'), reason: text(300) }),
]);

/** A planner approves a request (the room is booked if still free) or refuses it with a reason. */
export const handler = signedInHandler(async (event, actor) => {
  const requestId = pathParameter(event, 'requestId');
  const answer = parseJsonBody(event, answerSchema);
  await authorize(actor, 'bookings:manage', { kind: 'school' }, directory);
  const request =
    answer.decision === 'approve'
      ? await approveRequest(requestId, bookingPorts)
      : await refuseRequest(requestId, answer.reason, bookingPorts);
  return { status: 200, body: request };
});
