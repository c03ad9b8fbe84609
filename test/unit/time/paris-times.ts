import { DateTime } from 'luxon';
import { mondayOf, plusDays } from '#domain/shared/calendar/calendar-days';
import type { NearbyShift } from '#domain/time/check-shift';
import { dayOfShift, type ShiftTimes, workedMinutesOf } from '#domain/time/shift';

/** Shifts written as a planner says them: a day, local times in Paris, a break. */
export const zone = 'Europe/Paris';

/** A local time of a day in Paris, as a date-time with its offset. */
export const at = (date: string, time: string) =>
  DateTime.fromISO(`${date}T${time}`, { zone }).toISO({ suppressMilliseconds: true }) as string;

/** From `start` to `end` on a day; an end earlier than the start is the next morning's. */
export const times = (date: string, start: string, end: string, breakMinutes = 0): ShiftTimes => ({
  startsAt: at(date, start),
  endsAt: at(end <= start ? plusDays(date, 1) : date, end),
  breakMinutes,
});

let count = 0;
export const stored = (date: string, start: string, end: string, breakMinutes = 0): NearbyShift => ({
  shiftId: `shift-${++count}`,
  ...times(date, start, end, breakMinutes),
});

/** The week counters the store keeps for these shifts. */
export const weekTotalsOf = (shifts: readonly ShiftTimes[]) => {
  const totals: Record<string, number> = {};
  for (const shift of shifts) {
    const monday = mondayOf(dayOfShift(shift, zone));
    totals[monday] = (totals[monday] ?? 0) + workedMinutesOf(shift);
  }
  return totals;
};
