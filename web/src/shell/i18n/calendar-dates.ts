/** Days of the calendar as the API writes them, YYYY-MM-DD: the domain's own counting, in UTC. */
export {
  isCalendarDate,
  mondayOf,
  plusDays,
  weekdayOf,
} from '#domain/shared/calendar/calendar-days';

/** One formatter per time zone: making one costs far more than using it, and pages ask for today many times. */
const dayFormats = new Map<string | undefined, Intl.DateTimeFormat>();
const dayFormatIn = (timeZone: string | undefined) => {
  const known = dayFormats.get(timeZone);
  if (known) return known;
  const made = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  dayFormats.set(timeZone, made);
  return made;
};

/** The day it is now in a time zone (the school's), YYYY-MM-DD. */
export const todayIn = (timeZone?: string, now = new Date()) => {
  const parts = dayFormatIn(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
};
