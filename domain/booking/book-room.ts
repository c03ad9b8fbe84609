import type { Actor } from '#domain/identity/actor';
import { fullName } from '#domain/identity/actor';
import type { Activity } from '#domain/planning/activity';
import { cancelActivity } from '#domain/planning/cancel-activity';
import { BookedHoursReachedError, PlanningConflictError } from '#domain/planning/planning-errors';
import { resourceLabels } from '#domain/planning/resource-labels';
import { planActivity } from '#domain/planning/schedule-activity';
import { NotFoundError, RefusedError, ValidationError } from '#domain/shared/errors';
import { minutesBookedThatWeek } from './booked-minutes';
import { OwnActivityError } from './booking-errors';
import type { BookingPorts, BookingRequest } from './booking-ports';
import { answeredEvent, requestedEvent } from './booking-request-events';
import type { BookingInput } from './booking-rule';
import { decideBooking, refusalMessages } from './decide-booking';
import { ensureBookingsProject, roomBookingsProjectId } from './room-bookings-project';
import { bookerOf, studentOf } from './student-level';

/** How many times a booking weighed within the rules is weighed again when bookings at once took the hours. */
const attemptsWithinHours = 3;

/**
 * A student books a room to practise, or a teacher for their own work: confirmed at once within the rights of
 * their rules (their curriculum's, or the teachers') when the room is free (the same guarded write as the
 * planners'), a request beyond its limits, refused outside its rooms. `now` is the school's local date and time,
 * `YYYY-MM-DDTHH:MM`.
 * 1. Weigh the booking against the rules, with the minutes already booked that week.
 * 2. Within them, book it under the guard of the week's count: the write holds only if the count leaves room.
 * 3. When other bookings of the student took those hours meanwhile (sent at once), weigh it again: it becomes a
 *    request, as if they had come one after another.
 */
export const bookRoom = async (input: BookingInput, actor: Actor, now: string, ports: BookingPorts) => {
  const { directory } = ports.planning;
  const [[place], { booker, classIds }, rules] = await Promise.all([
    directory.places([input.placeId]),
    bookerOf(actor, directory),
    ports.bookings.rules(),
  ]);
  if (place?.status !== 'active')
    throw new ValidationError('placeId', 'names no room of this school', 'unknown_id');
  if (!place.bookable) throw new RefusedError('not_bookable', `${place.name} is not open to bookings`);
  for (let attempt = 1; ; attempt += 1) {
    const minutesBooked = await minutesBookedThatWeek(actor.personId, input.date, ports);
    const decision = decideBooking(
      input,
      { booker, placeKind: place.kind, now, minutesBookedThatWeek: minutesBooked },
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
    try {
      const guard = { classIds, minutesPerWeek: decision.minutesPerWeek };
      return { status: 'confirmed' as const, activity: await bookNow(actor.personId, input, guard, ports) };
    } catch (error) {
      if (!(error instanceof BookedHoursReachedError) || attempt >= attemptsWithinHours) throw error;
    }
  }
};

/**
 * The booking as an activity of the room-bookings project: in the room's and the student's plannings. The
 * student's classes and groups must be free then (their courses are the student's), and with `minutesPerWeek`
 * their booked minutes of the week must stay within it; all of it held by the write itself.
 */
export const bookNow = async (
  studentId: string,
  input: BookingInput,
  guard: { classIds: readonly string[]; minutesPerWeek?: number },
  ports: BookingPorts,
) => {
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
  const alsoFree = guard.classIds.map((id) => ({ kind: 'class' as const, id }));
  const resources = { ...activity, classIds: [...guard.classIds] };
  const labelOf = await resourceLabels(resources, ports.planning.directory, { check: false });
  try {
    await planActivity(
      activity,
      'internal',
      { acceptConflicts: false, labelOf, alsoFree, bookedMinutesAtMost: guard.minutesPerWeek },
      ports.planning,
    );
  } catch (error) {
    throw ownActivityOf(error) ?? error;
  }
  return activity;
};

/** A conflict on the student's own day or their class's, rather than on the room: what they have then. */
const ownActivityOf = (error: unknown) => {
  if (!(error instanceof PlanningConflictError)) return undefined;
  const [own] = error.conflicts
    .filter((conflict) => conflict.resource.kind !== 'place')
    .sort((a, b) => a.start.localeCompare(b.start));
  return own && new OwnActivityError(own);
};

/** A planner approves a request: the room is booked now, if it is still free. */
export const approveRequest = async (requestId: string, ports: BookingPorts) => {
  const request = await pendingRequest(requestId, ports);
  // The planner lifts the rule's limits, not the student's courses: the hours are counted, not capped.
  const { classIds } = await studentOf(request.studentId, ports.planning.directory);
  const activity = await bookNow(request.studentId, request, { classIds }, ports);
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
  if (request.status !== 'pending')
    throw new ValidationError('requestId', `is ${request.status} already`, 'already_answered');
  return request;
};
