import type { Activity, Schedule } from '#domain/planning/activity';
import { timetableReasons } from './timetable-weeks';

/**
 * What makes a weekly course the same on the next import: its project, weekday, times, places and the weeks the
 * timetable left out. Teachers do not count (a replacement teacher changes the course, not its slot), nor do the
 * cancellations and moves planners made since.
 */
export const weeklySlotKey = (activity: Pick<Activity, 'projectId' | 'schedule' | 'placeIds'>) =>
  activity.schedule.kind === 'weekly'
    ? slotKey(activity.projectId, activity.schedule, activity.placeIds)
    : undefined;

export type WeeklySchedule = Extract<Schedule, { kind: 'weekly' }>;

export const slotKey = (projectId: string, schedule: WeeklySchedule, placeIds: readonly string[]) => {
  const weeksLeftOut = schedule.exceptions
    .filter((exception) => 'cancelled' in exception && isTimetableReason(exception.reason))
    .map(({ date }) => date)
    .sort();
  const places = [...placeIds].sort();
  return [projectId, schedule.weekday, schedule.start, schedule.end, places, weeksLeftOut].join('|');
};

const isTimetableReason = (reason: string | undefined) =>
  (timetableReasons as readonly (string | undefined)[]).includes(reason);
