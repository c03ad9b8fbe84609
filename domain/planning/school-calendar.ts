import { weekdayOf } from '#domain/shared/calendar/calendar-days';
import { type DatedLabel, frenchPublicHolidays } from './french-public-holidays';

/** A span of days off, both ends included: « Vacances de la Toussaint », from a Saturday to a Sunday. */
export interface Holiday {
  label: string;
  /** YYYY-MM-DD. */
  from: string;
  /** YYYY-MM-DD, included. */
  to: string;
}

/**
 * A school year's calendar: when courses run, and the days they do not. Public holidays of France come by
 * default; holidays (which depend on the academic zone) and closed days are the school's to enter or import.
 */
export interface SchoolCalendar {
  schoolYear: string;
  /** First and last day of classes, YYYY-MM-DD. */
  start: string;
  end: string;
  /** ISO weekdays the school is open: 1 = Monday … 7 = Sunday. A conservatoire often opens on Saturday. */
  openWeekdays: number[];
  holidays: Holiday[];
  /** One-off closed days: a teachers' day, a bridge day, a local holiday. */
  closedDays: DatedLabel[];
  /** False for a school outside metropolitan rules, which then lists its public holidays as closed days. */
  frenchPublicHolidays: boolean;
}

/** Why a day is closed: the portal words the fixed reasons in the reader's language; the others carry the name the school gave. */
export type Closure = 'outside-year' | 'holiday' | 'closed-day' | 'public-holiday' | 'closed-weekday';

export type DayStatus = { open: true } | { open: false; closure: Closure; reason?: string };

/** Whether classes run on a day, and if not, why (shown on the planning). */
export const dayStatus = (calendar: SchoolCalendar, date: string): DayStatus => {
  if (date < calendar.start || date > calendar.end) return { open: false, closure: 'outside-year' };
  const holiday = calendar.holidays.find(({ from, to }) => from <= date && date <= to);
  if (holiday) return { open: false, closure: 'holiday', reason: holiday.label };
  const closed = calendar.closedDays.find((day) => day.date === date);
  if (closed) return { open: false, closure: 'closed-day', reason: closed.label };
  const publicHoliday = calendar.frenchPublicHolidays ? publicHolidayOn(date) : undefined;
  if (publicHoliday) return { open: false, closure: 'public-holiday', reason: publicHoliday.label };
  const weekday = weekdayOf(date);
  if (!calendar.openWeekdays.includes(weekday)) return { open: false, closure: 'closed-weekday' };
  return { open: true };
};

const publicHolidayOn = (date: string) =>
  frenchPublicHolidays(Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
