import { weekdayOf } from '#domain/shared/calendar/calendar-days';
import { minutesOf } from '#domain/shared/calendar/time-of-day';
import type { BookingInput, BookingRule } from './booking-rule';

/** A limit of the rules a booking goes beyond: the weekly hours, how far ahead, the opening times. */
export type BookingLimit =
  | { code: 'hours'; hoursPerWeek: number }
  | { code: 'horizon'; daysAhead: number }
  | { code: 'window' };

/** Why a booking is refused outright, as a code the portal says in the reader's language. */
export type BookingRefusal = 'no_rights' | 'room_kind' | 'past_day';

/**
 * Refused: no rule lets this student book this room then. Request: a planner decides. Confirm: booked at once, if
 * the student's booked minutes of the week still leave room for it within `minutesPerWeek` when it is written.
 */
export type BookingDecision =
  | { outcome: 'refuse'; code: BookingRefusal }
  | { outcome: 'request'; limits: BookingLimit[] }
  | { outcome: 'confirm'; minutesPerWeek: number };

export const refusalMessages: Record<BookingRefusal, string> = {
  no_rights: 'Your curriculum gives no right to book rooms',
  room_kind: 'Your curriculum does not open this kind of room',
  past_day: 'This time is past',
};

/** The rules serving the students of a level. */
export const rulesOfLevel = (rules: readonly BookingRule[], level: string | undefined) =>
  rules.filter((rule) => level !== undefined && rule.levels.includes(level));

/**
 * Weighs a booking against the rules of the student's level: the room's kind is a right, the hours, the horizon
 * and the times are limits a planner may lift.
 */
export const decideBooking = (
  booking: BookingInput,
  context: { level: string | undefined; placeKind: string; now: string; minutesBookedThatWeek: number },
  rules: readonly BookingRule[],
): BookingDecision => {
  const ofLevel = rulesOfLevel(rules, context.level);
  if (ofLevel.length === 0) return { outcome: 'refuse', code: 'no_rights' };
  const forRoom = ofLevel.filter((rule) => rule.placeKinds.includes(context.placeKind as never));
  if (forRoom.length === 0) return { outcome: 'refuse', code: 'room_kind' };
  if (`${booking.date}T${booking.start}` < context.now) return { outcome: 'refuse', code: 'past_day' };
  const limits = forRoom.map((rule) => limitsBroken(booking, context, rule));
  const within = forRoom.filter((_, index) => limits[index]?.length === 0);
  if (within.length > 0) {
    return {
      outcome: 'confirm',
      minutesPerWeek: Math.max(...within.map(({ hoursPerWeek }) => hoursPerWeek * 60)),
    };
  }
  const best = limits.reduce((fewest, broken) => (broken.length < fewest.length ? broken : fewest));
  return { outcome: 'request', limits: best };
};

const limitsBroken = (
  booking: BookingInput,
  context: { now: string; minutesBookedThatWeek: number },
  rule: BookingRule,
) => {
  const limits: BookingLimit[] = [];
  const minutes = minutesOf(booking.end) - minutesOf(booking.start);
  if (context.minutesBookedThatWeek + minutes > rule.hoursPerWeek * 60) {
    limits.push({ code: 'hours', hoursPerWeek: rule.hoursPerWeek });
  }
  const daysAhead = (Date.parse(booking.date) - Date.parse(context.now.slice(0, 10))) / 86_400_000;
  if (daysAhead > rule.daysAhead) limits.push({ code: 'horizon', daysAhead: rule.daysAhead });
  const weekday = weekdayOf(booking.date);
  const inWindow = rule.windows.some(
    (window) => window.weekdays.includes(weekday) && window.from <= booking.start && booking.end <= window.to,
  );
  if (!inWindow) limits.push({ code: 'window' });
  return limits;
};
