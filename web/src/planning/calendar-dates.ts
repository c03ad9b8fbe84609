/**
 * Days of the calendar as the API writes them, YYYY-MM-DD, counted in UTC so that no time zone or change of
 * summer time ever shifts them. (The domain uses Luxon; the web app keeps its weight out of the bundle.)
 */
const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

const utcOf = (date: string) => {
  const [, year, month, day] = calendarDate.exec(date) ?? [];
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
};

const dateOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A real day written YYYY-MM-DD: 2026-02-30 is not one. */
export const isCalendarDate = (value: string) => calendarDate.test(value) && dateOf(utcOf(value)) === value;

export const plusDays = (date: string, days: number) => dateOf(utcOf(date) + days * 86_400_000);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (date: string) => new Date(utcOf(date)).getUTCDay() || 7;

/** The Monday of the week a day is in. */
export const mondayOf = (date: string) => plusDays(date, 1 - weekdayOf(date));

/** The day it is now in a time zone (the school's), YYYY-MM-DD. */
export const todayIn = (timeZone?: string, now = new Date()) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
};
