import { plusDays } from '../shell/i18n/calendar-dates';

/** The span a month view reads: whole weeks around the month of a date (at most 6 weeks, 42 days). */
export const monthSpan = (date: string) => {
  const first = `${date.slice(0, 7)}-01`;
  const last = plusDays(nextMonth(date, 1), -1);
  return { month: date.slice(0, 7), first, last };
};

/** The first day of the month some months after (or before) a date's. */
export const nextMonth = (date: string, months: number) => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
};
