import { bookingRequestAnswered, bookingRequested } from '../../events/booking/booking-events';
import { type OutgoingEvent, toOutgoingEvent } from '../../events/envelope';
import type { IdGenerator } from '../shared/ports';
import type { BookingRequest } from './booking-ports';

type EventContext = { schoolId: string; newId: IdGenerator; occurredAt: string };

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

const metadataOf = ({ newId, schoolId, occurredAt }: EventContext) => ({
  eventId: newId(),
  schoolId,
  occurredAt,
});

export const requestedEvent = (request: BookingRequest, context: EventContext): OutgoingEvent =>
  toOutgoingEvent(bookingRequested, metadataOf(context), { ...dataOf(request), limits: request.limits });

export const answeredEvent = (
  request: BookingRequest & { status: 'approved' | 'refused' },
  context: EventContext,
): OutgoingEvent =>
  toOutgoingEvent(bookingRequestAnswered, metadataOf(context), {
    ...dataOf(request),
    status: request.status,
    ...(request.activityId && { activityId: request.activityId }),
  });
