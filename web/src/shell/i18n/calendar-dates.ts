/** Days of the calendar as the API writes them, YYYY-MM-DD: the domain's own counting, in UTC. */
export {
  isCalendarDate,
  mondayOf,
  plusDays,
  weekdayOf,
} from '#domain/shared/calendar/calendar-days';

import { dateTimeOptions } from './intl-warm-up';

/** One formatter per time zone: making one costs far more than using it, and pages ask for today many times. */
const dayFormats = new Map<string | undefined, Intl.DateTimeFormat>();
const dayFormatIn = (timeZone: string | undefined) => {
  const known = dayFormats.get(timeZone);
  if (known) return known;
  const made = new Intl.DateTimeFormat('en-GB', { ...dateTimeOptions.calendarDay, timeZone });
  dayFormats.set(timeZone, made);
  return made;
};

/**
 * The last day asked for, with its zone and minute: a page asks for today at each render (a week, its stepper, its
 * days), and a zone's day changes on a minute's boundary, so within a minute the answer is the same.
 */
let lastDay: { timeZone: string | undefined; minute: number; day: string } | undefined;

/** The day it is now in a time zone (the school's), YYYY-MM-DD. */
export const todayIn = (timeZone?: string, now = new Date()) => {
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastDay && lastDay.timeZone === timeZone && lastDay.minute === minute) return lastDay.day;
  const parts = dayFormatIn(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value;
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  lastDay = { timeZone, minute, day };
  return day;
};
