import { bookingRequestAnswered, bookingRequested } from '#events/booking/booking-events';
import { type EventContext, newEvent, type OutgoingEvent } from '#events/envelope';
import type { BookingRequest } from './booking-ports';

/** The request by its ids and its span: the planner's reason stays in the school's table. */
const dataOf = ({ requestId, studentId, placeId, date, start, end, version }: BookingRequest) => ({
  requestId,
  studentId,
  placeId,
  date,
  start,
  end,
  version,
});

export const requestedEvent = (request: BookingRequest, context: EventContext): OutgoingEvent =>
  newEvent(bookingRequested, { ...dataOf(request), limits: request.limits }, context);

export const answeredEvent = (
  request: BookingRequest & { status: 'approved' | 'refused' },
  context: EventContext,
): OutgoingEvent =>
  newEvent(
    bookingRequestAnswered,
    {
      ...dataOf(request),
      status: request.status,
      ...(request.activityId && { activityId: request.activityId }),
    },
    context,
  );
