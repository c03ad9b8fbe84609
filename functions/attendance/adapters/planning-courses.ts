import type { CourseFinder } from '#domain/attendance/attendance-ports';
import type { RegisterSession } from '#domain/attendance/register';
import { isRetired, type Person } from '#domain/people/person';
import { activityEntries } from '#domain/planning/activity-occurrences';
import type { AgendaEntry } from '#domain/planning/agenda-entry';
import type { PlanningPorts } from '#domain/planning/planning-ports';

/**
 * The sessions of the roll call are the planning's course occurrences, as planned now: an activity's schedule with
 * its moves (as the agendas and the homework book read them), cancelled ones left out. Its teachers are the people
 * of the occurrence who hold the teacher profile (a substitute once the session is moved to them); its pupils, its
 * classes' and groups' students and the students taking part in person (an individual lesson).
 */
export const planningCourses = (
  ports: Pick<PlanningPorts, 'planning' | 'projects' | 'calendars' | 'school' | 'directory'>,
  directory: {
    studentsOf(classId: string): Promise<Person[]>;
    people(ids: readonly string[]): Promise<Person[]>;
  },
): CourseFinder => {
  const toSessions = async (entries: readonly AgendaEntry[]): Promise<RegisterSession[]> => {
    const courses = entries.filter((entry) => entry.projectKind === 'course');
    const personIds = [...new Set(courses.flatMap((entry) => entry.personIds))];
    const people = personIds.length > 0 ? await ports.directory.people(personIds) : [];
    const holding = (profile: 'teacher' | 'student') =>
      new Set(people.filter((person) => person.profiles.includes(profile)).map((person) => person.personId));
    const teachers = holding('teacher');
    const students = holding('student');
    const seen = new Set<string>();
    return courses
      .filter((entry) => {
        const key = `${entry.activityId}#${entry.seriesDate}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((entry) => ({
        activityId: entry.activityId,
        seriesDate: entry.seriesDate,
        projectId: entry.projectId,
        title: entry.title,
        date: entry.date,
        start: entry.start,
        end: entry.end,
        startsAt: entry.startsAt,
        endsAt: entry.endsAt,
        classIds: entry.classIds,
        teacherIds: entry.personIds.filter((personId) => teachers.has(personId)),
        inPersonPupilIds: entry.personIds.filter((personId) => students.has(personId)),
      }))
      .filter((session) => session.classIds.length > 0 || session.inPersonPupilIds.length > 0);
  };

  return {
    async session({ activityId, seriesDate }) {
      const activity = await ports.planning.getActivity(activityId);
      if (!activity || activity.status === 'cancelled') return undefined;
      const project = await ports.projects.get(activity.projectId);
      if (!project) return undefined;
      const entry = (await activityEntries(activity, project.kind, ports)).find(
        (each) => each.seriesDate === seriesDate,
      );
      return entry ? (await toSessions([entry]))[0] : undefined;
    },

    async sessionsOf(personId, date) {
      return toSessions(await ports.planning.agenda({ kind: 'person', id: personId }, date, date));
    },

    async coursesOn(date) {
      return toSessions(await ports.planning.allOn(date));
    },

    async pupilsOf(session) {
      const ofClasses = (
        await Promise.all(session.classIds.map((classId) => directory.studentsOf(classId)))
      ).flat();
      const inPerson =
        session.inPersonPupilIds.length > 0 ? await directory.people(session.inPersonPupilIds) : [];
      const pupils = new Map<string, Person>();
      for (const person of [...ofClasses, ...inPerson])
        if (!isRetired(person) && person.profiles.includes('student')) pupils.set(person.personId, person);
      return [...pupils.values()];
    },
  };
};
