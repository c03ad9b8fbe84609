import type {
  AttendancePorts,
  AttendanceStore,
  CourseFinder,
  RegisterReminder,
} from '#domain/attendance/attendance-ports';
import type { Register, RegisterSession } from '#domain/attendance/register';
import type { Person } from '#domain/people/person';
import { StaleVersionError } from '#domain/shared/errors';
import type { OutgoingEvent } from '#events/envelope';

const refText = (ref: { activityId: string; seriesDate: string }) => `${ref.activityId}#${ref.seriesDate}`;

/** The roll call's store in memory: registers new or still at the version read, every version kept. */
export const inMemoryAttendanceStore = (published: OutgoingEvent[]): AttendanceStore => {
  const versions = new Map<string, Register[]>();
  const reminders = new Map<string, { date: string; reminder: RegisterReminder }>();
  return {
    async register(ref) {
      return versions.get(refText(ref))?.at(-1);
    },
    async history(ref) {
      return versions.get(refText(ref)) ?? [];
    },
    async save(register, previous, events) {
      const list = versions.get(refText(register.session)) ?? [];
      if (list.at(-1)?.version !== previous?.version)
        throw new StaleVersionError('register', refText(register.session), previous?.version ?? 0);
      versions.set(refText(register.session), [...list, register]);
      published.push(...events);
    },
    async day(date) {
      return {
        registers: [...versions.values()]
          .flatMap((list) => list.slice(-1))
          .filter((register) => register.session.date === date),
        reminders: [...reminders.values()].filter((each) => each.date === date).map((each) => each.reminder),
      };
    },
    async remindOnce(date, reminder, events) {
      if (reminders.has(refText(reminder))) return false;
      reminders.set(refText(reminder), { date, reminder });
      published.push(...events);
      return true;
    },
  };
};

/** The planning and directory in memory: the sessions given, the people, the classes' students. */
export const inMemoryCourses = (sessions: RegisterSession[], people: Person[]): CourseFinder => ({
  async session(ref) {
    return sessions.find((session) => refText(session) === refText(ref));
  },
  async sessionsOf(personId, date) {
    return sessions.filter((session) => session.date === date && session.teacherIds.includes(personId));
  },
  async coursesOn(date) {
    return sessions.filter((session) => session.date === date);
  },
  async pupilsOf(session) {
    return people.filter(
      (person) =>
        person.profiles.includes('student') &&
        ((person.classId !== undefined && session.classIds.includes(person.classId)) ||
          (person.groupIds ?? []).some((id) => session.classIds.includes(id)) ||
          session.inPersonPupilIds.includes(person.personId)),
    );
  },
});

export const inMemoryAttendancePorts = (
  sessions: RegisterSession[],
  people: Person[],
  now: { at: Date },
  teaching: Record<string, string[]> = {},
) => {
  const published: OutgoingEvent[] = [];
  let id = 0;
  const ports: AttendancePorts = {
    attendance: inMemoryAttendanceStore(published),
    courses: inMemoryCourses(sessions, people),
    directory: {
      async people(ids) {
        return people.filter((person) => ids.includes(person.personId));
      },
      async teachesClass(teacherId, classId) {
        return (teaching[teacherId] ?? []).includes(classId);
      },
    },
    clock: { now: () => now.at },
    newId: () => `id-${++id}`,
    school: { schoolId: 'demo', timeZone: 'Europe/Paris' },
  };
  return { ports, published };
};
