import { planTimetable } from './plan-timetable';
import { readTimetable } from './read-timetable';
import type { TimetableContext } from './timetable-context';
import type { TimetablePlan } from './timetable-plan';

/**
 * Reads a timetable export and plans it: the lines that cannot be read are problems next to those the directory
 * cannot place. Throws `UnreadableFileError` for a file that is not a timetable (not CSV, or without its columns).
 */
export const planTimetableFile = (
  bytes: Uint8Array,
  fileName: string,
  context: TimetableContext,
): TimetablePlan => {
  const sheet = readTimetable(bytes, fileName);
  const plan = planTimetable(sheet.rows, context);
  return { ...plan, problems: [...sheet.problems, ...plan.problems] };
};
