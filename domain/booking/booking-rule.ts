import * as z from 'zod/mini';
import { placeKinds } from '#domain/places/place';
import { dateSchema, timeSchema } from '#domain/planning/planning-input';
import { idSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';

/**
 * What a curriculum lets its students book to practise, or what the school lets its teachers book for their own
 * work, as the school sets it: which kinds of rooms, how many hours a week, how long at most, how far ahead, at
 * which times, and whether a planner approves every booking. A booking within a rule of the booker's level (or
 * of the teachers) is confirmed at once when the room is free; beyond its limits, it becomes a request a planner
 * answers.
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

/** Whom a rule serves: the students of its levels (the rules' first meaning, when none is named), or teachers. */
export const bookingAudiences = ['students', 'teachers'] as const;
export type BookingAudience = (typeof bookingAudiences)[number];

export const bookingRuleSchema = z
  .strictObject({
    label: text(120),
    audience: z.optional(z.enum(bookingAudiences, 'must be students or teachers')),
    /** Class levels (« Cycle 2 », « 4e ») whose students the rule serves; none for teachers. */
    levels: z.array(text(40)).check(z.maxLength(40, 'must name at most 40 levels')),
    placeKinds: z.array(z.enum(placeKinds, `must be one of ${placeKinds.join(', ')}`)).check(
      z.minLength(1, 'must name at least one kind of room'),
      z.refine((kinds) => new Set(kinds).size === kinds.length, 'names a kind of room twice'),
    ),
    hoursPerWeek: z.number().check(z.gt(0, 'must be more than 0'), z.lte(40, 'must be at most 40')),
    /** The longest one booking may last, in minutes; none, up to the weekly hours. */
    maxMinutes: z.optional(
      z.int().check(z.gte(15, 'must be at least 15 minutes'), z.lte(720, 'must be at most 720 minutes')),
    ),
    daysAhead: z.int().check(z.gte(0, 'must not be negative'), z.lte(120, 'must be at most 120')),
    windows: z
      .array(windowSchema)
      .check(
        z.minLength(1, 'must open at least one time window'),
        z.maxLength(20, 'must open at most 20 windows'),
      ),
    /** Every booking under this rule waits for a planner, even within its limits. */
    needsApproval: z.optional(z.boolean()),
  })
  .check(
    z.refine(({ audience, levels }) => audience === 'teachers' || levels.length > 0, {
      message: 'must name at least one level',
      path: ['levels'],
    }),
    z.refine(({ audience, levels }) => audience !== 'teachers' || levels.length === 0, {
      message: 'must name no level in a rule for teachers',
      path: ['levels'],
    }),
  );

export type BookingRule = z.output<typeof bookingRuleSchema>;

export const bookingRulesSchema = z.strictObject({
  rules: z.array(bookingRuleSchema).check(z.maxLength(50, 'must hold at most 50 rules')),
});

export const bookingRequestSchema = z
  .strictObject({ placeId: idSchema, date: dateSchema, start: timeSchema, end: timeSchema })
  .check(z.refine(({ start, end }) => start < end, { message: 'must end after it starts', path: ['end'] }));

export type BookingInput = z.output<typeof bookingRequestSchema>;
