import { plusDays, weekdayOf } from '#domain/shared/calendar/calendar-days';
import { instantOf } from '#domain/shared/calendar/zoned-instant';
import type { NotificationPreferences } from './notification';

/** Quiet hours begin at 20:00 and end at 07:00, the school's wall-clock time, summer or winter. */
export const quietFrom = '20:00';
export const quietUntil = '07:00';

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The school's day (YYYY-MM-DD) and time (HH:MM) at an instant. */
export const wallClockOf = (now: Date, timeZone: string) => {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    wallClocks.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
};

type Quiet = Pick<NotificationPreferences, 'quietHours' | 'quietWeekends'>;

const isWeekend = (date: string) => weekdayOf(date) >= 6;

/** Whether a mail or a push would now disturb the person: in the evening, at night, or at a weekend. */
export const isQuiet = (now: Date, timeZone: string, quiet: Quiet) => {
  const { date, time } = wallClockOf(now, timeZone);
  if (quiet.quietWeekends && isWeekend(date)) return true;
  return quiet.quietHours && (time >= quietFrom || time < quietUntil);
};

/**
 * When what is held now may go: the next 07:00 that is not in a quiet weekend (Monday's, from a Friday evening).
 * Undefined when it is not quiet now.
 */
export const quietEndsAt = (now: Date, timeZone: string, quiet: Quiet): string | undefined => {
  if (!isQuiet(now, timeZone, quiet)) return undefined;
  const { date, time } = wallClockOf(now, timeZone);
  let day = quiet.quietHours && time < quietUntil ? date : plusDays(date, 1);
  while (quiet.quietWeekends && isWeekend(day)) day = plusDays(day, 1);
  // In the form of `Date.toISOString`, as every instant the queue compares it with.
  return new Date(instantOf(day, quietUntil, timeZone)).toISOString();
};
