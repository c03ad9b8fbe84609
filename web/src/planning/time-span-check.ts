import { minutesOf } from '#domain/shared/calendar/time-of-day';
import type { Format } from '../shell/i18n/format';

const time = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What is wrong with a start and an end as typed, in the planner's words; undefined when they will do. */
export const timeSpanProblem = (start: string, end: string, format: Format): string | undefined => {
  const { form } = format.messages.planning;
  if (!time.test(start) || !time.test(end)) return form.missingTimes;
  if (minutesOf(start) % 5 !== 0 || minutesOf(end) % 5 !== 0) return form.fiveMinutes;
  if (start >= end) return form.endBeforeStart;
  return undefined;
};
