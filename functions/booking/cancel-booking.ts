import { roomBookingsProjectId } from '#domain/booking/room-bookings-project';
import { authorize } from '#domain/identity/authorize';
import { cancelActivity } from '#domain/planning/cancel-activity';
import { NotFoundError } from '#domain/shared/errors';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { bookingPorts } from './adapters/booking-ports';

/** A student cancels their own booking; planners any. */
export const handler = signedInHandler(async (event, actor) => {
  const activityId = pathParameter(event, 'activityId');
  const activity = await bookingPorts.planning.planning.getActivity(activityId);
  if (activity?.projectId !== roomBookingsProjectId) throw new NotFoundError('booking', activityId);
  if (!activity.personIds.includes(actor.personId)) {
    await authorize(actor, 'bookings:manage', { kind: 'school' }, directory);
  }
  return {
    status: 200,
    body: await cancelActivity(activityId, { scope: 'all' }, undefined, bookingPorts.planning),
  };
});
