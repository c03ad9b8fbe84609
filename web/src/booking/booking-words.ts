import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import type { Messages } from '../shell/i18n/messages';
import type { BookingLimit, BookingWeek } from './booking-types';

/** A length of time as a timetable says it: « 45 min », « 4 h », « 1 h 30 ». */
export const duration = (minutes: number, format: Format) => {
  const words = format.messages.booking.duration;
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return format.fill(words.minutes, { m });
  if (m === 0) return format.fill(words.hours, { h });
  return format.fill(words.hoursMinutes, { h, m, mm: String(m).padStart(2, '0') });
};

type LimitWords = Messages['booking']['limits'];

/** One limit in words, told to the student (« au-delà de vos 4 h par semaine ») or to a planner. */
export const limitText = (
  limit: BookingLimit,
  format: Format,
  words: LimitWords = format.messages.booking.limits,
) => {
  switch (limit.code) {
    case 'hours':
      return format.fill(words.hours, { hours: duration(limit.hoursPerWeek * 60, format) });
    case 'horizon':
      return format.fill(words.horizon, { days: format.number(limit.daysAhead) });
    case 'window':
      return words.window;
    case 'length':
      return format.fill(words.length, { length: duration(limit.maxMinutes, format) });
    case 'approval':
      return words.approval;
  }
};

/** The limits a booking goes beyond, as one phrase: « plus de 14 jours à l’avance et hors des horaires… ». */
export const limitsText = (limits: readonly BookingLimit[], format: Format, words?: LimitWords) =>
  new Intl.ListFormat(format.localeTag, { type: 'conjunction' }).format(
    limits.map((limit) => limitText(limit, format, words)),
  );

/** The week's quota: « 1 h 30 réservée sur 4 h cette semaine ». */
export const quotaText = ({ bookedMinutes, allowedMinutes }: BookingWeek, format: Format) => {
  const words = format.messages.booking;
  const booked = duration(bookedMinutes, format);
  return allowedMinutes === null
    ? format.fill(words.quotaNoLimit, { booked })
    : format.fill(words.quota, { booked, allowed: duration(allowedMinutes, format) });
};

export type BookingFailure =
  | { kind: 'refused'; reason: string }
  | { kind: 'taken' }
  | { kind: 'failed'; reason: string };

/** Why a booking did not go through: a refusal of the student's rights said in words, a room taken meanwhile. */
export const bookingFailure = (error: unknown, format: Format): BookingFailure => {
  const { refusals, clashes } = format.messages.booking;
  if (error instanceof ApiError && error.status === 409) {
    if (error.code === 'hours_reached') return { kind: 'refused', reason: clashes.hours_reached };
    const own = ownActivityOf(error);
    if (!own) return { kind: 'taken' };
    return {
      kind: 'refused',
      reason: format.fill(clashes.own_activity, {
        title: own.title,
        day: format.day(own.date),
        span: format.timeSpan(own.start, own.end),
      }),
    };
  }
  if (error instanceof ApiError && error.status === 403) {
    const known = error.code !== undefined && Object.hasOwn(refusals, error.code);
    return {
      kind: 'refused',
      reason: known ? refusals[error.code as keyof typeof refusals] : refusals.no_rights,
    };
  }
  if (error instanceof ApiError && error.status === 400) {
    return { kind: 'refused', reason: failureReason(error, format) };
  }
  return { kind: 'failed', reason: failureReason(error, format) };
};

/** What the student already has when the API refuses a booking over it: a course, a lesson, another booking. */
const ownActivityOf = (error: ApiError) => {
  const activity = error.code === 'own_activity' ? error.details?.activity : undefined;
  if (typeof activity !== 'object' || activity === null) return undefined;
  const { title, date, start, end } = activity as Record<string, unknown>;
  return [title, date, start, end].every((value) => typeof value === 'string')
    ? { title: title as string, date: date as string, start: start as string, end: end as string }
    : undefined;
};
