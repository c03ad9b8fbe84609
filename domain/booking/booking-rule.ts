import * as z from 'zod/mini';
import { placeKinds } from '#domain/places/place';
import { dateSchema, timeSchema } from '#domain/planning/planning-input';
import { idSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';

/**
 * What a curriculum lets its students book to practise, as the school sets it: which kinds of rooms, how many
 * hours a week, how far ahead, at which times. A booking within a rule of the student's level is confirmed at once
 * when the room is free; beyond the hours, the horizon or the times, it becomes a request a planner answers.
 */
const windowSchema = z
  .strictObject({
    weekdays: z
      .array(z.int().check(z.gte(1, 'must be 1 (Monday) to 7'), z.lte(7, 'must be 1 (Monday) to 7')))
      .check(z.maxLength(7, 'must name at most 7 days')),
    from: timeSchema,
    to: timeSchema,
  })
  .check(z.refine(({ from, to }) => from < to, { message: 'must end after it starts', path: ['to'] }));

export const bookingRuleSchema = z.strictObject({
  label: text(120),
  /** Class levels (« Cycle 2 », « 4e ») whose students the rule serves. */
  levels: z
    .array(text(40))
    .check(z.minLength(1, 'must name at least one level'), z.maxLength(40, 'must name at most 40 levels')),
  placeKinds: z.array(z.enum(placeKinds, `must be one of ${placeKinds.join(', ')}`)).check(
    z.minLength(1, 'must name at least one kind of room'),
    z.refine((kinds) => new Set(kinds).size === kinds.length, 'names a kind of room twice'),
  ),
  hoursPerWeek: z.number().check(z.gt(0, 'must be more than 0'), z.lte(40, 'must be at most 40')),
  daysAhead: z.int().check(z.gte(0, 'must not be negative'), z.lte(120, 'must be at most 120')),
  windows: z
    .array(windowSchema)
    .check(
      z.minLength(1, 'must open at least one time window'),
      z.maxLength(20, 'must open at most 20 windows'),
    ),
});

export type BookingRule = z.output<typeof bookingRuleSchema>;

export const bookingRulesSchema = z.strictObject({
  rules: z.array(bookingRuleSchema).check(z.maxLength(50, 'must hold at most 50 rules')),
});

export const bookingRequestSchema = z
  .strictObject({ placeId: idSchema, date: dateSchema, start: timeSchema, end: timeSchema })
  .check(z.refine(({ start, end }) => start < end, { message: 'must end after it starts', path: ['end'] }));

export type BookingInput = z.output<typeof bookingRequestSchema>;
