import * as z from 'zod/mini';
import { isCalendarDate } from './calendar/calendar-days';

/**
 * The types every input of the API is made of, one per concept (STYLE rule 16): an id, a calendar date, a time of
 * day. Each refuses what would reach DynamoDB or the date arithmetic malformed, with a reason the API gives back.
 */

/** Ids are 1 to 128 of these: UUIDs, class codes (`6a`), equipment types (`grand-piano`), source-like ids. */
const idPattern = /^[A-Za-z0-9._:@-]{1,128}$/;
export const maxIdLength = 128;

/**
 * An id in a path, a query or a body. `#` is refused: it separates the parts of the table's keys, so an id holding
 * one could name another item; and DynamoDB's key size stays far off (a 5,000-character id is refused here).
 */
export const isId = (value: string) => idPattern.test(value);

export const idSchema = z
  .string('must be an id')
  .check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(maxIdLength, `must be at most ${maxIdLength} characters`),
    z.regex(idPattern, 'must be an id: letters, digits, and . _ : @ -'),
  );

/** A list of ids, at most `max`, none twice. */
export const idListSchema = (what: string, max: number) =>
  z.array(idSchema).check(
    z.maxLength(max, `must list at most ${max} ${what}`),
    z.refine((list) => new Set(list).size === list.length, `lists one of the ${what} twice`),
  );

/**
 * How far a date of the API may be from today, in years: schools plan a year or two ahead and export past years,
 * and a day in 9999 has no school year (its next year does not parse).
 */
export const calendarYearsAround = 10;

/** The first and last days the API takes, from today's year. */
export const calendarDateBounds = (now: Date = new Date()) => {
  const year = now.getUTCFullYear();
  return { first: `${year - calendarYearsAround}-01-01`, last: `${year + calendarYearsAround}-12-31` };
};

const withinBounds = (date: string) => {
  const { first, last } = calendarDateBounds();
  return date >= first && date <= last;
};

/** Why a string is not a date of the API, or undefined when it is one. */
export const calendarDateProblem = (value: string): string | undefined => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'must be a date YYYY-MM-DD';
  if (!isCalendarDate(value)) return 'is not a day of the calendar';
  if (!withinBounds(value)) {
    const { first, last } = calendarDateBounds();
    return `must be between ${first} and ${last}`;
  }
  return undefined;
};

/**
 * A day, YYYY-MM-DD, that exists (never 30 February, never month 13: `Date.parse` would roll them over) and lies
 * within `calendarYearsAround` years of today.
 */
export const calendarDateSchema = z.string('must be a date YYYY-MM-DD').check(
  z.superRefine((value, context) => {
    const problem = calendarDateProblem(value);
    if (problem) context.issues.push({ code: 'custom', message: problem, input: value });
  }),
);

/** A local wall-clock time, HH:mm, from 00:00 to 23:59. */
export const timeOfDaySchema = z
  .string('must be a time HH:mm')
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:mm'));

/** A school year such as 2026-2027: two years in a row, within the dates the API takes. */
export const schoolYearSchema = z.string('must be a school year such as 2026-2027').check(
  z.regex(/^\d{4}-\d{4}$/, 'must be a school year such as 2026-2027'),
  z.refine(
    (year) => Number(year.slice(5)) === Number(year.slice(0, 4)) + 1,
    'must be two years in a row, such as 2026-2027',
  ),
  z.refine((year) => withinBounds(`${year.slice(0, 4)}-09-01`), 'is too far from today'),
);

/** How many items a page of a listing holds: a whole number from 1 to `max`, `fallback` when absent. */
export const pageLimitSchema = (max: number, fallback: number) =>
  z._default(
    z.coerce
      .number('must be a whole number')
      .check(
        z.int('must be a whole number'),
        z.gte(1, 'must be at least 1'),
        z.lte(max, `must be at most ${max}`),
      ),
    fallback,
  );
