import type { TimetableContext } from '#domain/imports/timetable/timetable-context';
import { calendarOfYear } from '#domain/planning/calendar-of-year';
import type { PlanningPorts } from '#domain/planning/planning-ports';
import { schoolYearOf } from '#domain/shared/calendar/school-year';
import { directory } from '#functions/people/adapters/directory';

/** What a timetable is planned against: this year's calendar, the classes, teachers and places, the courses. */
export const loadTimetableContext = async (
  ports: PlanningPorts,
  today: string,
): Promise<Omit<TimetableContext, 'newId' | 'now'>> => {
  const [calendar, classes, teachers, places, courses] = await Promise.all([
    calendarOfYear(ports.calendars, schoolYearOf(today)),
    directory.schoolClasses(),
    directory.withProfile('teacher'),
    ports.directory.activePlaces(),
    ports.projects.list({ kind: 'course' }),
  ]);
  const imported = courses.filter((project) => project.sourceKey !== undefined);
  const activities = (
    await Promise.all(imported.map((project) => ports.planning.activitiesOf(project.id)))
  ).flat();
  return { calendar, classes, teachers, places, projects: imported, activities };
};
