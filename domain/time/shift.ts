import { DateTime } from 'luxon';
import * as z from 'zod/mini';
import { calendarDateSchema, idSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';
import { type ExceptionGround, exceptionGrounds } from './rulebooks';
import { invalidShiftTimes } from './time-errors';

/**
 * A shift: a technical staff member's time of work, with its kind of work, the activity or project it serves (or
 * none: maintenance, reception), its planned times and, once worked, its actual ones. Times are zoned date-times
 * with their offset (`2027-03-27T22:00:00+01:00`): the autumn hour that repeats is told apart, and durations are
 * real ones (a night over a change of time is an hour shorter or longer).
 */

export const shiftWorks = [
  'set-up',
  'rehearsal',
  'performance',
  'strike',
  'reception',
  'maintenance',
] as const;
export type ShiftWork = (typeof shiftWorks)[number];

export interface ShiftTimes {
  startsAt: string;
  endsAt: string;
  /** Breaks within the shift, in minutes; not worked. */
  breakMinutes: number;
}

/** The activity or project a shift serves. */
export interface ShiftLink {
  projectId: string;
  activityId?: string;
}

/** An exception the planner accepts for a shift, with the ground the rulebook allows and why. */
export interface ShiftException {
  ground: ExceptionGround;
  reason: string;
  /** For the `premiere` ground: the premiere's day, YYYY-MM-DD. */
  premiereDate?: string;
}

export interface Shift {
  shiftId: string;
  personId: string;
  work: ShiftWork;
  link?: ShiftLink;
  planned: ShiftTimes;
  /** What was worked, once recorded. */
  actual?: ShiftTimes;
  exception?: ShiftException;
}

/** The longest shift: a day. */
export const maxShiftMinutes = 24 * 60;
export const maxBreakMinutes = 4 * 60;

const zonedDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A date-time with its offset, as ISO 8601 writes it, that exists. */
export const zonedDateTimeSchema = z.string('must be a date-time with its offset').check(
  z.regex(zonedDateTime, 'must be a date-time with its offset, such as 2027-03-27T22:00:00+01:00'),
  z.refine((value) => DateTime.fromISO(value, { setZone: true }).isValid, 'is not a moment of the calendar'),
);

export const shiftTimesSchema = z.strictObject({
  startsAt: zonedDateTimeSchema,
  endsAt: zonedDateTimeSchema,
  breakMinutes: z._default(
    z
      .int('must be a whole number of minutes')
      .check(z.gte(0, 'must not be negative'), z.lte(maxBreakMinutes, `must be at most ${maxBreakMinutes}`)),
    0,
  ),
});

export const shiftExceptionSchema = z
  .strictObject({
    ground: z.enum(exceptionGrounds, `must be one of ${exceptionGrounds.join(', ')}`),
    reason: text(500),
    premiereDate: z.optional(calendarDateSchema),
  })
  .check(
    z.superRefine((input, context) => {
      if (input.ground === 'premiere' && input.premiereDate === undefined) {
        context.issues.push({
          code: 'custom',
          path: ['premiereDate'],
          message: 'must give the premiere’s day',
          input,
        });
      }
    }),
  );

/** A shift as the planner types it. */
export const shiftInputSchema = z.strictObject({
  personId: idSchema,
  work: z.enum(shiftWorks, `must be one of ${shiftWorks.join(', ')}`),
  link: z.optional(z.strictObject({ projectId: idSchema, activityId: z.optional(idSchema) })),
  planned: shiftTimesSchema,
  exception: z.optional(shiftExceptionSchema),
});
export type ShiftInput = z.output<typeof shiftInputSchema>;

const millisOf = (value: string) => DateTime.fromISO(value, { setZone: true }).toMillis();

/** The real minutes from a shift's start to its end, breaks included. */
export const spanMinutesOf = (times: Pick<ShiftTimes, 'startsAt' | 'endsAt'>) =>
  Math.round((millisOf(times.endsAt) - millisOf(times.startsAt)) / 60_000);

/** The minutes worked: the span less its breaks. */
export const workedMinutesOf = (times: ShiftTimes) => spanMinutesOf(times) - times.breakMinutes;

/** The day a shift belongs to: the local day it starts, in the school's zone. Its hours count for that day and its week. */
export const dayOfShift = (times: Pick<ShiftTimes, 'startsAt'>, zone: string) =>
  DateTime.fromISO(times.startsAt, { zone }).toFormat('yyyy-MM-dd');

/** Refuses times that make no shift (`shift_times_invalid`), naming the field at fault. */
export const checkShiftTimes = (times: ShiftTimes, field = 'planned') => {
  const span = spanMinutesOf(times);
  if (span <= 0) throw invalidShiftTimes(`${field}.endsAt`, 'must be after the start');
  if (span > maxShiftMinutes)
    throw invalidShiftTimes(`${field}.endsAt`, 'must be at most 24 hours after the start');
  if (times.breakMinutes >= span)
    throw invalidShiftTimes(`${field}.breakMinutes`, 'must be shorter than the shift');
  return times;
};

/** The instants of a shift's times, in milliseconds. */
export const intervalOf = (times: Pick<ShiftTimes, 'startsAt' | 'endsAt'>) => ({
  start: millisOf(times.startsAt),
  end: millisOf(times.endsAt),
});
