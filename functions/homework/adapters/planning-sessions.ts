import type { Session } from '#domain/homework/homework';
import type { SessionFinder } from '#domain/homework/homework-ports';
import { activityEntries } from '#domain/planning/activity-occurrences';
import type { AgendaEntry } from '#domain/planning/agenda-entry';
import type { PlanningPorts } from '#domain/planning/planning-ports';

/**
 * The sessions of the book are the planning's occurrences, as planned now: an activity's schedule with its moves
 * (`activityEntries`, as the agendas read them), cancelled ones left out. Its teachers are the people of the
 * occurrence who hold the teacher profile: a pupil of an individual lesson is among its people too.
 */
export const planningSessions = (
  ports: Pick<PlanningPorts, 'planning' | 'projects' | 'calendars' | 'school' | 'directory'>,
): SessionFinder => {
  const toSessions = async (entries: readonly AgendaEntry[]): Promise<Session[]> => {
    const personIds = [...new Set(entries.flatMap((entry) => entry.personIds))];
    const people = personIds.length > 0 ? await ports.directory.people(personIds) : [];
    const teachers = new Set(
      people.filter((person) => person.profiles.includes('teacher')).map((person) => person.personId),
    );
    return entries.map((entry) => ({
      activityId: entry.activityId,
      seriesDate: entry.seriesDate,
      projectId: entry.projectId,
      title: entry.title,
      date: entry.date,
      start: entry.start,
      end: entry.end,
      classIds: entry.classIds,
      teacherIds: entry.personIds.filter((personId) => teachers.has(personId)),
    }));
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

    async sessionsOfCourse(projectId) {
      const project = await ports.projects.get(projectId);
      if (!project) return [];
      const activities = await ports.planning.activitiesOf(projectId);
      const entries = (
        await Promise.all(activities.map((activity) => activityEntries(activity, project.kind, ports)))
      ).flat();
      return (await toSessions(entries)).sort(
        (a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start),
      );
    },
  };
};
