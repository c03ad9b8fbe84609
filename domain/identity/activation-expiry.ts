import { plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { instantOf } from '#domain/shared/calendar/zoned-instant';

/**
 * Codes work until the end of a day of the school's calendar, and every document names that one day: the page, the
 * CSV and the letters read it from here, in the school's time zone, so that none of them says a day earlier or
 * later than the others.
 */
export const activationExpiry = (now: Date, timeZone: string, lifetimeDays: number) => {
  const validUntil = plusDays(todayInZone(now, timeZone), lifetimeDays);
  return { validUntil, expiresAt: instantOf(plusDays(validUntil, 1), '00:00', timeZone) };
};

/**
 * The last day a code works, YYYY-MM-DD in the school's zone (the browser's while it is unknown): the day of the
 * instant before it stops working.
 */
export const lastValidDay = (expiresAt: string, timeZone: string | undefined) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(Date.parse(expiresAt) - 1);
