import { weekdayOf } from '#domain/shared/calendar/calendar-days';
import { minutesOf } from '#domain/shared/calendar/time-of-day';
import type { BookingInput, BookingRule } from './booking-rule';

/**
 * A limit of the rules a booking goes beyond: the weekly hours, how far ahead, the opening times, the longest a
 * booking may last; or a rule whose every booking a planner approves.
 */
export type BookingLimit =
  | { code: 'hours'; hoursPerWeek: number }
  | { code: 'horizon'; daysAhead: number }
  | { code: 'window' }
  | { code: 'length'; maxMinutes: number }
  | { code: 'approval' };

/** Who books, as the rules tell them apart: a student by the level of their class, or a teacher. */
export type Booker = { kind: 'student'; level: string | undefined } | { kind: 'teacher' };

/** Why a booking is refused outright, as a code the portal says in the reader's language. */
export type BookingRefusal =
  | 'no_rights'
  | 'room_kind'
  | 'past_day'
  | 'teacher_no_rights'
  | 'teacher_room_kind';

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
  teacher_no_rights: "The school's rules give teachers no booking right",
  teacher_room_kind: "The school's rules for teachers do not open this kind of room",
};

/** The rules serving the students of a level. */
export const rulesOfLevel = (rules: readonly BookingRule[], level: string | undefined) =>
  rules.filter((rule) => rule.audience !== 'teachers' && level !== undefined && rule.levels.includes(level));

/** The rules serving a booker: the student's level's, or the teachers'. */
export const rulesOf = (rules: readonly BookingRule[], booker: Booker) =>
  booker.kind === 'teacher'
    ? rules.filter((rule) => rule.audience === 'teachers')
    : rulesOfLevel(rules, booker.level);

/**
 * Weighs a booking against the rules of the booker (a student's level, or the teachers'): the room's kind is a
 * right, the hours, the length, the horizon and the times are limits a planner may lift.
 */
export const decideBooking = (
  booking: BookingInput,
  context: { booker: Booker; placeKind: string; now: string; minutesBookedThatWeek: number },
  rules: readonly BookingRule[],
): BookingDecision => {
  const teacher = context.booker.kind === 'teacher';
  const ofBooker = rulesOf(rules, context.booker);
  if (ofBooker.length === 0) return { outcome: 'refuse', code: teacher ? 'teacher_no_rights' : 'no_rights' };
  const forRoom = ofBooker.filter((rule) => rule.placeKinds.includes(context.placeKind as never));
  if (forRoom.length === 0) return { outcome: 'refuse', code: teacher ? 'teacher_room_kind' : 'room_kind' };
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
  if (rule.maxMinutes !== undefined && minutes > rule.maxMinutes) {
    limits.push({ code: 'length', maxMinutes: rule.maxMinutes });
  }
  const daysAhead = (Date.parse(booking.date) - Date.parse(context.now.slice(0, 10))) / 86_400_000;
  if (daysAhead > rule.daysAhead) limits.push({ code: 'horizon', daysAhead: rule.daysAhead });
  const weekday = weekdayOf(booking.date);
  const inWindow = rule.windows.some(
    (window) => window.weekdays.includes(weekday) && window.from <= booking.start && booking.end <= window.to,
  );
  if (!inWindow) limits.push({ code: 'window' });
  if (rule.needsApproval && limits.length === 0) limits.push({ code: 'approval' });
  return limits;
};
