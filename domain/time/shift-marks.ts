import { DateTime } from 'luxon';
import { slotMinutes, timeOf } from '#domain/shared/calendar/time-of-day';
import { intervalOf, type ShiftTimes } from './shift';

/**
 * The spans a shift holds on its person's planning days, as the occupancy marks take them: local times on
 * 5-minute marks (its start rounded down, its end up), one span a local day (a night shift holds the end of one
 * day and the start of the next). Its person's planning then refuses an activity at that time, and the shift an
 * activity there (`person_busy`).
 */
export interface PlanningSpan {
  date: string;
  start: string;
  end: string;
}

const minutesOfDay = (moment: DateTime) => moment.hour * 60 + moment.minute;

export const planningSpansOf = (
  times: Pick<ShiftTimes, 'startsAt' | 'endsAt'>,
  zone: string,
): PlanningSpan[] => {
  const { start, end } = intervalOf(times);
  const spans: PlanningSpan[] = [];
  let from = DateTime.fromMillis(start, { zone });
  const until = DateTime.fromMillis(end, { zone });
  while (from < until) {
    const dayEnd = from.startOf('day').plus({ days: 1 });
    const to = DateTime.min(until, dayEnd);
    const first = Math.floor(minutesOfDay(from) / slotMinutes) * slotMinutes;
    const last = to.equals(dayEnd) ? 24 * 60 : Math.ceil(minutesOfDay(to) / slotMinutes) * slotMinutes;
    if (last > first)
      spans.push({ date: from.toFormat('yyyy-MM-dd'), start: timeOf(first), end: timeOf(last) });
    from = to;
  }
  return spans;
};

/** The name under which a shift holds its marks in a planning day, beside activities' ids. */
export const shiftHolder = (shiftId: string) => `shift#${shiftId}`;
export const isShiftHolder = (holder: string) => holder.startsWith('shift#');
