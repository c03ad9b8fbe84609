import { weekdayOf } from '../planning/calendar-days';
import { minutesOf } from '../planning/time-of-day';
import type { BookingInput, BookingRule } from './booking-rule';

/** Refused: no rule lets this student book this kind of room. Request: a planner decides. Confirm: booked at once. */
export type BookingDecision =
  | { outcome: 'refuse'; reason: string }
  | { outcome: 'request'; reasons: string[] }
  | { outcome: 'confirm' };

/**
 * Weighs a booking against the rules of the student's level: the room's kind is a right, the hours, the horizon
 * and the times are limits a planner may lift.
 */
export const decideBooking = (
  booking: BookingInput,
  context: { level: string | undefined; placeKind: string; today: string; minutesBookedThatWeek: number },
  rules: readonly BookingRule[],
): BookingDecision => {
  const ofLevel = rules.filter((rule) => context.level !== undefined && rule.levels.includes(context.level));
  if (ofLevel.length === 0)
    return { outcome: 'refuse', reason: 'Your curriculum gives no right to book rooms' };
  const forRoom = ofLevel.filter((rule) => rule.placeKinds.includes(context.placeKind as never));
  if (forRoom.length === 0)
    return { outcome: 'refuse', reason: 'Your curriculum does not open this kind of room' };
  if (booking.date < context.today) return { outcome: 'refuse', reason: 'This day is past' };
  const limits = forRoom.map((rule) => limitsBroken(booking, context, rule));
  const best = limits.reduce((fewest, broken) => (broken.length < fewest.length ? broken : fewest));
  return best.length === 0 ? { outcome: 'confirm' } : { outcome: 'request', reasons: best };
};

const limitsBroken = (
  booking: BookingInput,
  context: { today: string; minutesBookedThatWeek: number },
  rule: BookingRule,
) => {
  const reasons: string[] = [];
  const minutes = minutesOf(booking.end) - minutesOf(booking.start);
  if (context.minutesBookedThatWeek + minutes > rule.hoursPerWeek * 60) {
    reasons.push(`more than ${rule.hoursPerWeek} h booked that week`);
  }
  const daysAhead = (Date.parse(booking.date) - Date.parse(context.today)) / 86_400_000;
  if (daysAhead > rule.daysAhead) reasons.push(`more than ${rule.daysAhead} days ahead`);
  const weekday = weekdayOf(booking.date);
  const inWindow = rule.windows.some(
    (window) => window.weekdays.includes(weekday) && window.from <= booking.start && booking.end <= window.to,
  );
  if (!inWindow) reasons.push('outside the opening times of these rooms');
  return reasons;
};
