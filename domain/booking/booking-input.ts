import * as z from 'zod/mini';
import { text } from '#domain/shared/text-input';

/** A planner's answer to a booking request: approve it (booked if the room is still free), or refuse with a reason. */
export const bookingAnswerSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('approve') }),
  z.strictObject({ decision: z.literal('refuse'), reason: text(300) }),
]);

/** Which booking requests a planner lists: the pending ones unless another status is asked. */
export const bookingRequestListQuerySchema = z.strictObject({
  status: z._default(
    z.enum(['pending', 'approved', 'refused'], 'must be pending, approved or refused'),
    'pending',
  ),
});
