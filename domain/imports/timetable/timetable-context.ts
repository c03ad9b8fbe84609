import type { Person, SchoolClass } from '#domain/people/person';
import type { Activity } from '#domain/planning/activity';
import type { Project } from '#domain/planning/project';
import type { SchoolCalendar } from '#domain/planning/school-calendar';

/** What a timetable is planned against: the school's directory, places and calendar, and what is already planned. */
export interface TimetableContext {
  classes: readonly SchoolClass[];
  teachers: readonly Person[];
  /** Active places only: a line cannot put a course in a closed room. */
  places: readonly { id: string; name: string }[];
  /** The calendar of the school year the timetable is for: weekly courses run from its start to its end. */
  calendar: SchoolCalendar;
  /** Existing course projects, matched by `sourceKey`, and their activities. */
  projects: readonly Project[];
  activities: readonly Activity[];
  newId: () => string;
  /** ISO instant, the creation time of what the plan creates. */
  now: string;
}
