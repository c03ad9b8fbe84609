import { DateTime } from 'luxon';
import { frenchPublicHolidays } from '#domain/planning/french-public-holidays';
import { minutesOf } from '#domain/shared/calendar/time-of-day';
import type { NightHours } from './rulebooks';
import { type ShiftTimes, spanMinutesOf } from './shift';

/**
 * A worked span split into the hours that are paid or counted apart: night (22:00–05:00 by default), Sunday and
 * public holiday, in the school's zone. The span is cut at each local midnight and at the night's bounds, and each
 * piece is measured in real minutes: the night of the last Sunday of March is an hour shorter (6 h), October's an
 * hour longer (8 h).
 *
 * A minute can be of several kinds at once (a Sunday night): each kind is counted on its own; `normal` holds the
 * minutes of none, less the breaks (a break has no place in the span, so it is taken from the normal minutes).
 */
export interface HourKinds {
  spanMinutes: number;
  breakMinutes: number;
  workedMinutes: number;
  normal: number;
  night: number;
  sunday: number;
  publicHoliday: number;
}

const defaultNight = { from: '22:00', to: '05:00' };

const holidaysByYear = new Map<number, Set<string>>();
const isPublicHoliday = (date: string) => {
  const year = Number(date.slice(0, 4));
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(frenchPublicHolidays(year).map(({ date: day }) => day));
    holidaysByYear.set(year, days);
  }
  return days.has(date);
};

/** The next local time after `at` where a kind may change: midnight, the night's start or its end. */
const nextBoundary = (at: DateTime, bounds: readonly number[]) => {
  const minute = at.hour * 60 + at.minute;
  const today = bounds.find((bound) => bound > minute);
  const day = today === undefined ? at.plus({ days: 1 }).startOf('day') : at.startOf('day');
  const bound = today ?? 0;
  return day.set({ hour: Math.floor(bound / 60), minute: bound % 60 });
};

export const hourKindsOf = (
  times: ShiftTimes,
  zone: string,
  night: Pick<NightHours, 'from' | 'to'> = defaultNight,
): HourKinds => {
  const nightFrom = minutesOf(night.from);
  const nightTo = minutesOf(night.to);
  const bounds = [nightTo, nightFrom].sort((left, right) => left - right);
  const end = DateTime.fromISO(times.endsAt, { zone });
  const kinds = { night: 0, sunday: 0, publicHoliday: 0, none: 0 };
  for (let at: DateTime = DateTime.fromISO(times.startsAt, { zone }); at < end; ) {
    const boundary = nextBoundary(at, bounds);
    const until = DateTime.min(boundary, end);
    const minutes = Math.round(until.diff(at, 'minutes').minutes);
    const minute = at.hour * 60 + at.minute;
    const isNight =
      nightFrom > nightTo ? minute >= nightFrom || minute < nightTo : minute >= nightFrom && minute < nightTo;
    const isSunday = at.weekday === 7;
    const isHoliday = isPublicHoliday(at.toFormat('yyyy-MM-dd'));
    if (isNight) kinds.night += minutes;
    if (isSunday) kinds.sunday += minutes;
    if (isHoliday) kinds.publicHoliday += minutes;
    if (!isNight && !isSunday && !isHoliday) kinds.none += minutes;
    at = until;
  }
  const spanMinutes = spanMinutesOf(times);
  return {
    spanMinutes,
    breakMinutes: times.breakMinutes,
    workedMinutes: spanMinutes - times.breakMinutes,
    normal: Math.max(0, kinds.none - times.breakMinutes),
    night: kinds.night,
    sunday: kinds.sunday,
    publicHoliday: kinds.publicHoliday,
  };
};

/** A shift's planned and actual hours side by side, and how much more (or less) was worked than planned. */
export const plannedAndActual = (
  shift: { planned: ShiftTimes; actual?: ShiftTimes },
  zone: string,
  night?: Pick<NightHours, 'from' | 'to'>,
) => {
  const planned = hourKindsOf(shift.planned, zone, night);
  if (!shift.actual) return { planned };
  const actual = hourKindsOf(shift.actual, zone, night);
  return { planned, actual, differenceMinutes: actual.workedMinutes - planned.workedMinutes };
};
