import { firstOnOrAfter, plusDays } from '#domain/shared/calendar/calendar-days';
import { instantOf } from '#domain/shared/calendar/zoned-instant';
import { dayStatus, type SchoolCalendar } from './school-calendar';

/** A change to one occurrence of a series: cancelled, or moved to another day or time. */
export type OccurrenceException =
  | { date: string; cancelled: true; reason?: string }
  | { date: string; movedTo: { date: string; start: string; end: string; placeIds?: string[] } };

/** A weekly activity, as a timetable has it: a weekday and times, between two dates, in the school's zone. */
export interface WeeklySeries {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local wall-clock times, HH:mm. */
  start: string;
  end: string;
  /** YYYY-MM-DD: the first and last days the series may run (often the school year's). */
  from: string;
  until: string;
  exceptions: OccurrenceException[];
}

export interface Occurrence {
  /** The day the series gives it, which identifies it (for exceptions), even when moved. */
  seriesDate: string;
  /** The day it takes place, YYYY-MM-DD, local. */
  date: string;
  /** Instants, ISO 8601 in UTC: what conflicts compare. */
  startsAt: string;
  endsAt: string;
  moved: boolean;
}

/**
 * The occurrences of a weekly series over its dates: every open day of the calendar on its weekday, minus
 * cancelled ones, with moved ones at their new time. Wall-clock times stay the same across the change to and
 * from summer time, so instants shift by an hour: a Tuesday 18:00 course is 17:00 UTC in winter, 16:00 in summer.
 */
export const occurrencesOf = (series: WeeklySeries, calendar: SchoolCalendar, zone: string): Occurrence[] => {
  const exceptions = new Map(series.exceptions.map((exception) => [exception.date, exception]));
  const occurrences: Occurrence[] = [];
  for (let day = firstOnOrAfter(series.weekday, series.from); day <= series.until; day = plusDays(day, 7)) {
    if (!dayStatus(calendar, day).open) continue;
    const exception = exceptions.get(day);
    if (exception && 'cancelled' in exception) continue;
    const at =
      exception && 'movedTo' in exception
        ? exception.movedTo
        : { date: day, start: series.start, end: series.end };
    occurrences.push({
      seriesDate: day,
      date: at.date,
      startsAt: instantOf(at.date, at.start, zone),
      endsAt: instantOf(at.date, at.end, zone),
      moved: at.date !== day || at.start !== series.start || at.end !== series.end,
    });
  }
  return occurrences;
};
