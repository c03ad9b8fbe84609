import type { Actor } from '../identity/actor';
import { fullName } from '../identity/actor';
import type { Activity } from '../planning/activity';
import { cancelActivity } from '../planning/cancel-activity';
import { resourceLabels } from '../planning/resource-labels';
import { planActivity } from '../planning/schedule-activity';
import { NotFoundError, RefusedError, ValidationError } from '../shared/errors';
import { minutesBookedThatWeek } from './booked-minutes';
import type { BookingPorts, BookingRequest } from './booking-ports';
import { answeredEvent, requestedEvent } from './booking-request-events';
import type { BookingInput } from './booking-rule';
import { decideBooking, refusalMessages } from './decide-booking';
import { ensureBookingsProject, roomBookingsProjectId } from './room-bookings-project';
import { studentLevel } from './student-level';

/**
 * A student books a room to practise: confirmed at once within the rights of their curriculum when the room is
 * free (the same guarded write as the planners'), a request beyond its limits, refused outside its rooms. `now` is
 * the school's local date and time, `YYYY-MM-DDTHH:MM`.
 */
export const bookRoom = async (input: BookingInput, actor: Actor, now: string, ports: BookingPorts) => {
  const { directory } = ports.planning;
  const [[place], level, minutesBooked, rules] = await Promise.all([
    directory.places([input.placeId]),
    studentLevel(actor.personId, directory),
    minutesBookedThatWeek(actor.personId, input.date, ports),
    ports.bookings.rules(),
  ]);
  if (place?.status !== 'active') throw new ValidationError('placeId', 'names no room of this school');
  if (!place.bookable)
    throw new RefusedError('not_bookable', `${place.name} is not open to students' bookings`);
  const decision = decideBooking(
    input,
    { level, placeKind: place.kind, now, minutesBookedThatWeek: minutesBooked },
    rules,
  );
  if (decision.outcome === 'refuse') throw new RefusedError(decision.code, refusalMessages[decision.code]);
  if (decision.outcome === 'request') {
    const request: BookingRequest = {
      requestId: ports.planning.newId(),
      studentId: actor.personId,
      studentName: fullName(actor),
      ...input,
      placeName: place.name,
      limits: decision.limits,
      status: 'pending',
      createdAt: ports.planning.clock.now().toISOString(),
      version: 1,
    };
    await ports.bookings.putRequest(request, undefined, [
      requestedEvent(request, eventContext(ports, request.createdAt)),
    ]);
    return { status: 'pending' as const, request };
  }
  return { status: 'confirmed' as const, activity: await bookNow(actor.personId, input, ports) };
};

/** The booking as an activity of the room-bookings project: in the room's and the student's plannings. */
export const bookNow = async (studentId: string, input: BookingInput, ports: BookingPorts) => {
  await ensureBookingsProject(ports);
  const now = ports.planning.clock.now().toISOString();
  const activity: Activity = {
    id: ports.planning.newId(),
    projectId: roomBookingsProjectId,
    title: 'Travail personnel',
    schedule: { kind: 'once', date: input.date, start: input.start, end: input.end },
    placeIds: [input.placeId],
    personIds: [studentId],
    classIds: [],
    equipmentIds: [],
    status: 'planned',
    conflictsAccepted: false,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const labelOf = await resourceLabels(activity, ports.planning.directory, { check: false });
  await planActivity(activity, 'internal', { acceptConflicts: false, labelOf }, ports.planning);
  return activity;
};

/** A planner approves a request: the room is booked now, if it is still free. */
export const approveRequest = async (requestId: string, ports: BookingPorts) => {
  const request = await pendingRequest(requestId, ports);
  const activity = await bookNow(request.studentId, request, ports);
  try {
    return await answerRequest(request, { status: 'approved', activityId: activity.id }, ports);
  } catch (error) {
    // Another planner answered meanwhile: their answer stands, so the room is given back.
    await cancelActivity(activity.id, { scope: 'all' }, undefined, ports.planning);
    throw error;
  }
};

export const refuseRequest = async (requestId: string, answer: string, ports: BookingPorts) =>
  answerRequest(await pendingRequest(requestId, ports), { status: 'refused', answer }, ports);

const answerRequest = async (
  request: BookingRequest,
  answer: { status: 'approved'; activityId: string } | { status: 'refused'; answer: string },
  ports: BookingPorts,
) => {
  const answered = { ...request, ...answer, version: request.version + 1 };
  const occurredAt = ports.planning.clock.now().toISOString();
  await ports.bookings.putRequest(answered, request.version, [
    answeredEvent(answered, eventContext(ports, occurredAt)),
  ]);
  return answered;
};

const eventContext = ({ planning }: BookingPorts, occurredAt: string) => ({
  schoolId: planning.school.schoolId,
  newId: planning.newId,
  occurredAt,
});

const pendingRequest = async (requestId: string, ports: BookingPorts) => {
  const request = await ports.bookings.getRequest(requestId);
  if (!request) throw new NotFoundError('booking request', requestId);
  if (request.status !== 'pending') throw new ValidationError('requestId', `is ${request.status} already`);
  return request;
};
