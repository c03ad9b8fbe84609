import { DateTime } from 'luxon';
import type { Actor } from '../identity/actor';
import { fullName } from '../identity/actor';
import type { Activity } from '../planning/activity';
import { plusDays } from '../planning/calendar-days';
import type { Project } from '../planning/project';
import { resourceLabels } from '../planning/resource-labels';
import { planActivity } from '../planning/schedule-activity';
import { minutesOf } from '../planning/time-of-day';
import { NotFoundError, RefusedError, ValidationError } from '../shared/errors';
import type { BookingPorts, BookingRequest } from './booking-ports';
import type { BookingInput } from './booking-rule';
import { decideBooking } from './decide-booking';

/** Every school's one project holding its rooms booked by students, made on the first booking. */
export const roomBookingsProjectId = 'room-bookings';

/**
 * A student books a room to practise: confirmed at once within the rights of their curriculum when the room is
 * free (the same guarded write as the planners'), a request beyond its limits, refused outside its rooms.
 */
export const bookRoom = async (input: BookingInput, actor: Actor, today: string, ports: BookingPorts) => {
  const { directory } = ports.planning;
  const [[place], [student]] = await Promise.all([
    directory.places([input.placeId]),
    directory.people([actor.personId]),
  ]);
  if (place?.status !== 'active') throw new ValidationError('placeId', 'names no room of this school');
  if (!place.bookable)
    throw new RefusedError('not_bookable', `${place.name} is not open to students' bookings`);
  const [schoolClass] = await directory.classes(student?.classId ? [student.classId] : []);
  const decision = decideBooking(
    input,
    {
      level: schoolClass?.level,
      placeKind: place.kind,
      today,
      minutesBookedThatWeek: await minutesBookedThatWeek(actor.personId, input.date, ports),
    },
    await ports.bookings.rules(),
  );
  if (decision.outcome === 'refuse') throw new RefusedError('not_in_rights', decision.reason);
  if (decision.outcome === 'request') {
    const request: BookingRequest = {
      requestId: ports.planning.newId(),
      studentId: actor.personId,
      studentName: fullName(actor),
      ...input,
      placeName: place.name,
      reasons: decision.reasons,
      status: 'pending',
      createdAt: ports.planning.clock.now().toISOString(),
      version: 1,
    };
    await ports.bookings.putRequest(request, undefined);
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

/** Booked minutes of a student in the ISO week of a day: the quota counts confirmed bookings. */
const minutesBookedThatWeek = async (studentId: string, date: string, ports: BookingPorts) => {
  const monday = DateTime.fromISO(date, { zone: 'utc' }).startOf('week').toISODate() as string;
  const entries = await ports.planning.planning.agenda(
    { kind: 'person', id: studentId },
    monday,
    plusDays(monday, 6),
  );
  return entries
    .filter((entry) => entry.projectId === roomBookingsProjectId)
    .reduce((sum, entry) => sum + minutesOf(entry.end) - minutesOf(entry.start), 0);
};

const ensureBookingsProject = async ({ planning }: BookingPorts) => {
  if (await planning.projects.get(roomBookingsProjectId)) return;
  const now = planning.clock.now().toISOString();
  const project: Project = {
    id: roomBookingsProjectId,
    kind: 'internal',
    name: 'Réservations de salles',
    description: 'Les salles que les élèves réservent pour travailler, dans les droits de leur cursus.',
    status: 'confirmed',
    members: [],
    classIds: [],
    documents: [],
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  // Two first bookings at once both find no project: the second's conditional put fails, harmlessly.
  await planning.projects.add(project, []).catch(() => undefined);
};

/** A planner approves a request: the room is booked now, if it is still free. */
export const approveRequest = async (requestId: string, ports: BookingPorts) => {
  const request = await pendingRequest(requestId, ports);
  const activity = await bookNow(request.studentId, request, ports);
  const approved: BookingRequest = {
    ...request,
    status: 'approved',
    activityId: activity.id,
    version: request.version + 1,
  };
  await ports.bookings.putRequest(approved, request.version);
  return approved;
};

export const refuseRequest = async (requestId: string, answer: string, ports: BookingPorts) => {
  const request = await pendingRequest(requestId, ports);
  const refused: BookingRequest = { ...request, status: 'refused', answer, version: request.version + 1 };
  await ports.bookings.putRequest(refused, request.version);
  return refused;
};

const pendingRequest = async (requestId: string, ports: BookingPorts) => {
  const request = await ports.bookings.getRequest(requestId);
  if (!request) throw new NotFoundError('booking request', requestId);
  if (request.status !== 'pending') throw new ValidationError('requestId', `is ${request.status} already`);
  return request;
};
