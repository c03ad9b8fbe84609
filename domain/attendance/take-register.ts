import type { Actor } from '#domain/identity/actor';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { AccessDeniedError, NotFoundError, RefusedError, StaleVersionError } from '#domain/shared/errors';
import {
  absenceCancelled,
  absenceRecorded,
  maxPupilsPerEvent,
  registerTaken,
} from '#events/attendance/attendance-events';
import { newEvent } from '#events/envelope';
import type { AttendancePorts } from './attendance-ports';
import { changesOf, chunksOf, isSchool, marksOf, takerOf, teachesSession } from './decide-register';
import {
  type PupilMark,
  type Register,
  type RegisterInput,
  type RegisterSession,
  registerIdOf,
  type SessionRef,
} from './register';

const describe = (ref: SessionRef) => `register ${ref.activityId} ${ref.seriesDate}`;

const byName = (a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }) =>
  a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr');

/**
 * The session a path names, for someone who may see its register: its teachers and the school. A teacher of one of
 * its classes is told it is not theirs (403); to anyone else it does not exist (404).
 */
export const requireRegisterSession = async (
  ref: SessionRef,
  actor: Actor,
  ports: Pick<AttendancePorts, 'courses' | 'directory'>,
): Promise<RegisterSession> => {
  const session = await ports.courses.session(ref);
  if (!session) throw new NotFoundError('session', `${ref.activityId}/${ref.seriesDate}`);
  if (isSchool(actor) || teachesSession(actor, session)) return session;
  if (actor.profiles.includes('teacher'))
    for (const classId of session.classIds)
      if (await ports.directory.teachesClass(actor.personId, classId))
        throw new RefusedError(
          'not_your_course',
          'Only the teachers of a course and the school take its register',
        );
  throw new AccessDeniedError(actor.personId, 'attendance:take', describe(ref), true);
};

/** The pupils of the session as they are now, by name: a register lists each of them. */
const pupilsNow = async (session: RegisterSession, ports: Pick<AttendancePorts, 'courses'>) =>
  (await ports.courses.pupilsOf(session))
    .map(({ personId, firstName, lastName }) => ({ personId, firstName, lastName }))
    .sort(byName);

/**
 * A session's register: its pupils with their marks (every pupil present until it is taken; a pupil who joined
 * since is present), who took it and when, its version; whether the asker may save it now; its history for the
 * school.
 */
export const readRegister = async (ref: SessionRef, actor: Actor, ports: AttendancePorts) => {
  const session = await requireRegisterSession(ref, actor, ports);
  const [register, pupils] = await Promise.all([ports.attendance.register(ref), pupilsNow(session, ports)]);
  const marked = new Map((register?.pupils ?? []).map((pupil) => [pupil.personId, pupil]));
  const listed: PupilMark[] = [
    ...pupils.map((pupil) => marked.get(pupil.personId) ?? { ...pupil, mark: 'present' as const }),
    // A pupil marked who has left the session since stays on the record.
    ...(register?.pupils ?? []).filter((pupil) => !pupils.some((each) => each.personId === pupil.personId)),
  ];
  const today = todayInZone(ports.clock.now(), ports.school.timeZone);
  const mayTake = isSchool(actor) || session.date === today;
  const takers = register ? await ports.directory.people([register.takenBy]) : [];
  return {
    session,
    pupils: listed,
    version: register?.version ?? null,
    takenBy: register
      ? {
          personId: register.takenBy,
          firstName: takers[0]?.firstName ?? '',
          lastName: takers[0]?.lastName ?? '',
        }
      : null,
    takenAt: register?.takenAt ?? null,
    mayTake,
    ...(isSchool(actor) && register && { history: await ports.attendance.history(ref) }),
  };
};

/**
 * Takes (or changes) a session's register, as a new version: the ones before are kept (the register is audited).
 * 1. The session as planned now; its teachers on its day, the school at any time.
 * 2. The version read must still be the register's: two saves never overwrite each other unknowingly.
 * 3. Every pupil of the session is marked: those sent absent or late, the others present.
 * 4. The register, its version, its day copy, the pupils' absence items and the events are one transaction.
 */
export const takeRegister = async (
  ref: SessionRef,
  input: RegisterInput,
  actor: Actor,
  ports: AttendancePorts,
): Promise<Register> => {
  const session = await requireRegisterSession(ref, actor, ports);
  const now = ports.clock.now();
  takerOf(actor, session, todayInZone(now, ports.school.timeZone));
  const previous = await ports.attendance.register(ref);
  if (input.version !== previous?.version)
    throw new StaleVersionError('register', `${ref.activityId}/${ref.seriesDate}`, input.version ?? 0);
  const pupils = await pupilsNow(session, ports);
  // A pupil marked before who has left the session since stays on the record (the page lists them too).
  const gone = (previous?.pupils ?? []).filter((pupil) => !pupils.some((p) => p.personId === pupil.personId));
  const register: Register = {
    registerId: registerIdOf(ref),
    session,
    pupils: marksOf(input, [...pupils, ...gone]),
    version: (previous?.version ?? 0) + 1,
    takenBy: actor.personId,
    takenAt: now.toISOString(),
  };
  await ports.attendance.save(register, previous, registerEvents(register, previous, ports));
  return register;
};

/** The events of a save: the register taken, and the pupils newly absent or late, or no longer, 100 an event. */
const registerEvents = (
  register: Register,
  previous: Register | undefined,
  ports: Pick<AttendancePorts, 'school' | 'newId'>,
) => {
  const context = { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: register.takenAt };
  const about = {
    registerId: register.registerId,
    activityId: register.session.activityId,
    seriesDate: register.session.seriesDate,
    startsAt: register.session.startsAt,
    endsAt: register.session.endsAt,
  };
  const { recorded, cancelled } = changesOf(register, previous);
  const count = (mark: 'absent' | 'late') => register.pupils.filter((pupil) => pupil.mark === mark).length;
  return [
    newEvent(
      registerTaken,
      {
        ...about,
        version: register.version,
        takenBy: register.takenBy,
        absent: count('absent'),
        late: count('late'),
      },
      context,
    ),
    ...(['absent', 'late'] as const).flatMap((kind) => [
      ...chunksOf(cancelled[kind], maxPupilsPerEvent).map((pupilIds) =>
        newEvent(absenceCancelled, { ...about, pupilIds, kind }, context),
      ),
      ...chunksOf(recorded[kind], maxPupilsPerEvent).map((pupilIds) =>
        newEvent(absenceRecorded, { ...about, pupilIds, kind }, context),
      ),
    ]),
  ];
};
