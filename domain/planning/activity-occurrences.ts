import type { Activity } from './activity';
import { calendarOfDay } from './calendar-of-year';
import { agendaEntriesOf } from './occurrences';
import type { PlanningPorts } from './planning-ports';
import type { ProjectKind } from './project';

/** An activity's occurrences, with the calendar of the school year its schedule starts in. */
export const activityEntries = async (
  activity: Activity,
  projectKind: ProjectKind,
  ports: Pick<PlanningPorts, 'calendars' | 'school'>,
) => {
  const firstDay = activity.schedule.kind === 'once' ? activity.schedule.date : activity.schedule.from;
  const calendar = await calendarOfDay(ports.calendars, firstDay);
  return agendaEntriesOf(activity, projectKind, calendar, ports.school.timeZone);
};
