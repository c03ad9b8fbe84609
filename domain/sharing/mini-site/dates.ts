import { todayInZone } from '#domain/shared/calendar/today-in-zone';

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Dates as the mini-site writes them: « mardi 24 novembre 2026 », "Tuesday 24 November 2026". Days and HH:mm of the
 * planning are the school's wall-clock time and are shown as they are; only the instant of generation is converted,
 * into the school's zone, so that a parent abroad reads the hour the school lives by.
 */
export const createDates = (dateLocale: string, timeZone: string) => {
  // A calendar day is not an instant: it is read and written in UTC so that it never shifts.
  const dayParts = new Intl.DateTimeFormat(dateLocale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const timeInZone = new Intl.DateTimeFormat(dateLocale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  const french = dateLocale.startsWith('fr');

  /** A calendar date YYYY-MM-DD in words; anything else is shown as it is. */
  const longDate = (isoDate: string) => {
    const [, year, month, day] = calendarDate.exec(isoDate) ?? [];
    if (!year) return isoDate;
    const parts = dayParts.formatToParts(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    const part = (type: Intl.DateTimeFormatPartTypes) =>
      parts.find((each) => each.type === type)?.value ?? '';
    // Built from its parts: en-GB puts a comma after the weekday, and French writes the first of the month « 1er ».
    const dayOfMonth = french && part('day') === '1' ? '1er' : part('day');
    return `${part('weekday')} ${dayOfMonth} ${part('month')} ${part('year')}`;
  };

  /** An instant (ISO 8601) as a day and a time in the school's zone. */
  const instant = (isoInstant: string) => {
    const time = Date.parse(isoInstant);
    if (Number.isNaN(time)) return { date: isoInstant, time: '' };
    return { date: longDate(todayInZone(new Date(time), timeZone)), time: timeInZone.format(time) };
  };

  /** A span of local times: « 14:00 – 16:00 ». */
  const timeSpan = (start: string, end: string) => (end && end !== start ? `${start} – ${end}` : start);

  return { longDate, instant, timeSpan };
};

export type MiniSiteDates = ReturnType<typeof createDates>;
