/**
 * Calendar days as `YYYY-MM-DD` strings, counted in UTC so that summer time never shifts a day. Plain `Date`
 * arithmetic: the planning's functions load on every cold start, and a date library would weigh on each.
 */
const msPerDay = 86_400_000;

const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateAt = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A real day written YYYY-MM-DD: 2026-02-30 is not one. */
export const isCalendarDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = timeOf(value);
  return !Number.isNaN(time) && dateAt(time) === value;
};

/** The day of a year, month (1–12) and day of the month. */
export const dateOf = (year: number, month: number, day: number) => dateAt(Date.UTC(year, month - 1, day));

export const plusDays = (date: string, days: number) => dateAt(timeOf(date) + days * msPerDay);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (date: string) => new Date(timeOf(date)).getUTCDay() || 7;

/** The first day on or after a date that falls on an ISO weekday. */
export const firstOnOrAfter = (weekday: number, date: string) =>
  plusDays(date, (weekday - weekdayOf(date) + 7) % 7);

/** The Monday of a day's ISO week. */
export const mondayOf = (date: string) => plusDays(date, 1 - weekdayOf(date));

/** Whole days from one date to another (negative when it is before). */
export const daysFrom = (from: string, to: string) => Math.round((timeOf(to) - timeOf(from)) / msPerDay);

/** The ISO week number (1–53): week 1 holds the year's first Thursday. */
export const isoWeekNumber = (date: string) => {
  const thursday = plusDays(date, 4 - weekdayOf(date));
  const firstOfYear = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(daysFrom(firstOfYear, thursday) / 7) + 1;
};

/** The days from one date to another, both included. */
export const daysBetween = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let date = from; date <= to; date = plusDays(date, 1)) days.push(date);
  return days;
};
