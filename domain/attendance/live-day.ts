import type { Actor } from '#domain/identity/actor';
import { scopesHeld } from '#domain/identity/rights';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { AccessDeniedError } from '#domain/shared/errors';
import { registerReminderDue } from '#events/attendance/attendance-events';
import { newEvent } from '#events/envelope';
import type { AttendancePorts, RegisterReminder } from './attendance-ports';
import { isOverdue, teachesSession } from './decide-register';
import { type Mark, type Register, type RegisterSession, registerIdOf, type SessionRef } from './register';

const sameSession = (a: SessionRef, b: SessionRef) =>
  a.activityId === b.activityId && a.seriesDate === b.seriesDate;

const inTimeOrder = (a: RegisterSession, b: RegisterSession) =>
  a.start.localeCompare(b.start) || a.title.localeCompare(b.title, 'fr');

/** A session as the day's lists show it. */
const sessionLine = (session: RegisterSession) => ({
  activityId: session.activityId,
  seriesDate: session.seriesDate,
  title: session.title,
  date: session.date,
  start: session.start,
  end: session.end,
  classIds: session.classIds,
});

export interface PupilOfDay {
  personId: string;
  firstName: string;
  lastName: string;
  /** Each register of the day that marks the pupil, in time order. */
  marks: { session: ReturnType<typeof sessionLine>; mark: Mark; minutes?: number }[];
}

/**
 * Each pupil's marks over the day's registers, in time order; and those absent from a course who are marked present
 * at the next register that lists them (gone, then back: vie scolaire asks where they were).
 */
export const pupilsOfDay = (registers: readonly Register[]) => {
  const pupils = new Map<string, PupilOfDay>();
  for (const register of [...registers].sort((a, b) => inTimeOrder(a.session, b.session)))
    for (const { personId, firstName, lastName, mark, minutes } of register.pupils) {
      const pupil = pupils.get(personId) ?? { personId, firstName, lastName, marks: [] };
      pupil.marks.push({ session: sessionLine(register.session), mark, ...(minutes && { minutes }) });
      pupils.set(personId, pupil);
    }
  const all = [...pupils.values()];
  const absentThenPresent = all.flatMap((pupil) =>
    pupil.marks.slice(0, -1).flatMap((mark, index) => {
      const next = pupil.marks[index + 1];
      return next && mark.mark === 'absent' && next.mark !== 'absent'
        ? [
            {
              personId: pupil.personId,
              firstName: pupil.firstName,
              lastName: pupil.lastName,
              absentAt: mark.session,
              presentAt: next.session,
            },
          ]
        : [];
    }),
  );
  const byName = (a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }) =>
    a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr');
  return {
    absentOrLate: all.filter((pupil) => pupil.marks.some((mark) => mark.mark !== 'present')).sort(byName),
    absentThenPresent: absentThenPresent.sort(byName),
  };
};

/**
 * The courses of a day whose register is not taken `notTakenAfterMinutes` after their start, at `now`: those with
 * teachers and pupils, in time order.
 */
export const registersNotTaken = (
  courses: readonly RegisterSession[],
  registers: readonly Register[],
  now: Date,
) =>
  courses
    .filter((course) => isOverdue(course, now))
    .filter((course) => !registers.some((register) => sameSession(register.session, course)))
    .sort(inTimeOrder);

/**
 * Vie scolaire's live day: every course with its register's absent and late pupils (taken or not), the registers
 * not taken 15 minutes after the start (with the reminder sent), the absent and late pupils with their marks of the
 * day, and the pupils absent from a course and present at the next. The registers are one query of the day.
 */
export const readLiveDay = async (date: string, actor: Actor, ports: AttendancePorts) => {
  if (!scopesHeld('attendance:read-day', actor.profiles).has('any'))
    throw new AccessDeniedError(actor.personId, 'attendance:read-day', `day ${date}`, false);
  const now = ports.clock.now();
  const [{ registers, reminders }, courses] = await Promise.all([
    ports.attendance.day(date),
    ports.courses.coursesOn(date),
  ]);
  const sessions = [
    ...courses,
    ...registers.map((register) => register.session).filter((s) => !courses.some((c) => sameSession(c, s))),
  ].sort(inTimeOrder);
  const teacherIds = [...new Set(sessions.flatMap((session) => session.teacherIds))];
  const teachers = new Map(
    (teacherIds.length > 0 ? await ports.directory.people(teacherIds) : []).map((person) => [
      person.personId,
      { personId: person.personId, firstName: person.firstName, lastName: person.lastName },
    ]),
  );
  const reminderOf = (session: SessionRef) => reminders.find((reminder) => sameSession(reminder, session));
  const notTaken = new Set(registersNotTaken(courses, registers, now).map(registerIdOf));
  return {
    date,
    courses: sessions.map((session) => {
      const register = registers.find((each) => sameSession(each.session, session));
      return {
        session: sessionLine(session),
        teachers: session.teacherIds.flatMap((id) => teachers.get(id) ?? []),
        taken: register !== undefined,
        notTaken: notTaken.has(registerIdOf(session)),
        remindedAt: reminderOf(session)?.remindedAt ?? null,
        pupilCount: register?.pupils.length ?? null,
        absent: (register?.pupils ?? []).filter((pupil) => pupil.mark === 'absent'),
        late: (register?.pupils ?? []).filter((pupil) => pupil.mark === 'late'),
      };
    }),
    ...pupilsOfDay(registers),
  };
};

/**
 * The scheduled watch: each course of today whose register is not taken 15 minutes after its start has its
 * teachers reminded, once per session (held by a conditional write, whatever the runs that overlap).
 */
export const remindRegistersNotTaken = async (ports: AttendancePorts) => {
  const now = ports.clock.now();
  const today = todayInZone(now, ports.school.timeZone);
  const [{ registers, reminders }, courses] = await Promise.all([
    ports.attendance.day(today),
    ports.courses.coursesOn(today),
  ]);
  let reminded = 0;
  for (const course of registersNotTaken(courses, registers, now)) {
    if (course.teacherIds.length === 0) continue;
    if (reminders.some((reminder) => sameSession(reminder, course))) continue;
    const at = now.toISOString();
    const reminder: RegisterReminder = {
      activityId: course.activityId,
      seriesDate: course.seriesDate,
      remindedAt: at,
    };
    const event = newEvent(
      registerReminderDue,
      {
        registerId: registerIdOf(course),
        activityId: course.activityId,
        seriesDate: course.seriesDate,
        startsAt: course.startsAt,
        endsAt: course.endsAt,
        title: course.title,
        teacherIds: course.teacherIds.slice(0, 100),
      },
      { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: at },
    );
    if (await ports.attendance.remindOnce(today, reminder, [event])) reminded += 1;
  }
  return { reminded };
};

/**
 * A teacher's course sessions of a day (today unless said), each with its register's state: the « Appel » page, the
 * course going on now first. The school's staff who teach see their own courses too.
 */
export const listMyCourses = async (date: string | undefined, actor: Actor, ports: AttendancePorts) => {
  const now = ports.clock.now();
  const day = date ?? todayInZone(now, ports.school.timeZone);
  const [sessions, { registers }] = await Promise.all([
    ports.courses.sessionsOf(actor.personId, day),
    ports.attendance.day(day),
  ]);
  return {
    date: day,
    courses: sessions
      .filter((session) => teachesSession(actor, session))
      .sort(inTimeOrder)
      .map((session) => {
        const register = registers.find((each) => sameSession(each.session, session));
        const at = now.getTime();
        return {
          session: sessionLine(session),
          now: Date.parse(session.startsAt) <= at && at < Date.parse(session.endsAt),
          taken: register !== undefined,
          absent: register?.pupils.filter((pupil) => pupil.mark === 'absent').length ?? 0,
          late: register?.pupils.filter((pupil) => pupil.mark === 'late').length ?? 0,
        };
      }),
  };
};
