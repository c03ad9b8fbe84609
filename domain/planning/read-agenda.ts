import type { Person } from '#domain/people/person';
import { daysBetween } from '#domain/shared/calendar/calendar-days';
import { schoolYearOf } from '#domain/shared/calendar/school-year';
import type { AgendaEntry } from './agenda-entry';
import { calendarOfYear } from './calendar-of-year';
import { occurrenceKey } from './occurrences';
import { withOverlaps } from './planning-conflict';
import type { PlanningPorts } from './planning-ports';
import type { PlanningResource } from './planning-resource';
import { dayStatus, type SchoolCalendar } from './school-calendar';

/**
 * The planning of a place, a person, a class, a project or a piece of equipment, day by day. A student's planning
 * holds their classes' and groups' courses too, so an overlap between a course and a rehearsal shows.
 */
export const readAgenda = async (
  resource: PlanningResource,
  span: { from: string; to: string },
  ports: Pick<PlanningPorts, 'planning' | 'calendars'>,
  person?: Pick<Person, 'classId' | 'groupIds'>,
) => {
  const classIds = [person?.classId, ...(person?.groupIds ?? [])].filter(
    (id): id is string => id !== undefined,
  );
  const [own, ...ofClasses] = await Promise.all([
    ports.planning.agenda(resource, span.from, span.to),
    ...classIds.map((id) => ports.planning.agenda({ kind: 'class', id }, span.from, span.to)),
  ]);
  const entries = dedupe([...own, ...ofClasses.flat()]);
  // A span crosses at most the summer between two school years: one read of each calendar.
  const calendars = new Map<string, SchoolCalendar>();
  const days = [];
  for (const date of daysBetween(span.from, span.to)) {
    const schoolYear = schoolYearOf(date);
    const calendar = calendars.get(schoolYear) ?? (await calendarOfYear(ports.calendars, schoolYear));
    calendars.set(schoolYear, calendar);
    const items = withOverlaps(entries.filter((entry) => entry.date === date)).sort(byTime);
    days.push({ date, ...dayStatus(calendar, date), items });
  }
  return days;
};

/** An occurrence is stored once per resource it concerns: a view that reads several keeps it once. */
export const dedupe = (entries: readonly AgendaEntry[]) => [
  ...new Map(entries.map((entry) => [occurrenceKey(entry), entry])).values(),
];

export const byTime = (a: AgendaEntry, b: AgendaEntry) =>
  a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title);
