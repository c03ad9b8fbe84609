import type { Activity } from '#domain/planning/activity';
import type { Project } from '#domain/planning/project';
import type { SchoolCalendar } from '#domain/planning/school-calendar';
import type { OccurrenceException } from '#domain/planning/weekly-series';
import { courseSourceKey, newCourse, withTeachers } from './course-project';
import { classFinder } from './find-class';
import { roomFinder } from './find-room';
import { teacherFinder } from './find-teacher';
import { lineProblem } from './line-problem';
import { type RowResources, rowResources } from './row-resources';
import type { TimetableContext } from './timetable-context';
import type { TimetablePlan } from './timetable-plan';
import type { TimetableRow } from './timetable-row';
import { weeksOf } from './timetable-weeks';
import { slotKey, type WeeklySchedule, weeklySlotKey } from './weekly-slot-key';

/**
 * Plans the courses of a timetable: one course project per subject and classes (found again by its `sourceKey`),
 * one weekly activity per line, from the calendar's first day to its last. Lines the directory cannot place are
 * problems; lines planned already are unchanged, so importing a file twice creates nothing.
 */
export const planTimetable = (rows: readonly TimetableRow[], context: TimetableContext): TimetablePlan => {
  const find = {
    classes: classFinder(context.classes),
    teacher: teacherFinder(context.teachers),
    room: roomFinder(context.places),
  };
  const existingCourses = new Map(
    context.projects.flatMap((project) =>
      project.kind === 'course' && project.sourceKey ? [[project.sourceKey, project] as const] : [],
    ),
  );
  const planned = new Map(
    context.activities.flatMap((activity) => {
      const slot = weeklySlotKey(activity);
      return slot === undefined ? [] : [[slot, activity] as const];
    }),
  );
  const created = new Map<string, Project>();
  const reused = new Map<string, Project>();
  const linesBySlot = new Map<string, number | undefined>();
  const plan: TimetablePlan = {
    createProjects: [],
    reusedProjects: [],
    createActivities: [],
    unchangedActivities: [],
    problems: [],
  };
  for (const row of rows) {
    // 1. The classes, teachers and rooms of the directory the line names.
    const resources = rowResources(row, find, plan.problems);
    if (!resources) continue;
    // 2. The days it runs: its weekday in the weeks it takes.
    const { taken, exceptions } = weeksOf(row.weeks, row.weekday, context.calendar);
    if (taken.length === 0) {
      const column = row.weeks.kind === 'every' ? row.columns.day : row.columns.weeks;
      plan.problems.push(lineProblem(row, column, 'gives no day of classes in the school calendar'));
      continue;
    }
    // 3. Its course, planned already or new.
    const sourceKey = courseSourceKey(row.subject, resources.classes);
    const existing = existingCourses.get(sourceKey);
    const project = existing ?? courseOf(created.get(sourceKey), row, resources, context);
    (existing ? reused : created).set(sourceKey, project);
    // 4. Its weekly activity, unless planned already or repeated by another line.
    const schedule = weeklySchedule(row, exceptions, context.calendar);
    const slot = slotKey(project.id, schedule, resources.placeIds);
    if (linesBySlot.has(slot)) {
      const repeated = `repeats line ${linesBySlot.get(slot)}: the course is planned once`;
      plan.problems.push(lineProblem(row, undefined, repeated, 'warning'));
      continue;
    }
    linesBySlot.set(slot, row.at.line);
    const already = planned.get(slot);
    if (already) plan.unchangedActivities.push(already);
    else plan.createActivities.push(weeklyActivity(project, schedule, resources, context));
  }
  plan.createProjects.push(...created.values());
  plan.reusedProjects.push(...reused.values());
  return plan;
};

const courseOf = (
  draft: Project | undefined,
  row: TimetableRow,
  { classes, teachers }: RowResources,
  context: TimetableContext,
) =>
  draft
    ? withTeachers(draft, teachers)
    : newCourse(row.subject, classes, teachers, { id: context.newId(), now: context.now });

const weeklySchedule = (
  row: TimetableRow,
  exceptions: OccurrenceException[],
  calendar: SchoolCalendar,
): WeeklySchedule => ({
  kind: 'weekly',
  weekday: row.weekday,
  start: row.start,
  end: row.end,
  from: calendar.start,
  until: calendar.end,
  exceptions,
});

const weeklyActivity = (
  project: Project,
  schedule: WeeklySchedule,
  resources: RowResources,
  context: TimetableContext,
): Activity => ({
  id: context.newId(),
  projectId: project.id,
  title: project.name,
  schedule,
  placeIds: resources.placeIds,
  personIds: resources.teachers.map(({ personId }) => personId),
  classIds: resources.classes.map(({ classId }) => classId),
  equipmentIds: [],
  status: 'planned',
  conflictsAccepted: false,
  createdAt: context.now,
  updatedAt: context.now,
  version: 1,
});
