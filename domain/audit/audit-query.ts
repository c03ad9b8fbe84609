import * as z from 'zod/mini';
import { daysFrom, isCalendarDate, plusDays } from '#domain/shared/calendar/calendar-days';
import { instantOf } from '#domain/shared/calendar/zoned-instant';
import { ValidationError } from '#domain/shared/errors';
import { pageLimitSchema } from '#domain/shared/input-types';
import { type AuditAction, auditActions } from './audit-entry';

const calendarDate = z.string().check(
  z.refine(isCalendarDate, 'must be a day of the calendar, YYYY-MM-DD'),
  z.refine((day) => day >= '2000-01-01' && day <= '2999-12-31', 'must be a day between 2000 and 2999'),
);

/** An id of a person, job, feed… or a username: letters, digits and `.-_@:`, as ids and usernames are written. */
const partyId = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(100, 'must be at most 100 characters'),
    z.regex(/^[\p{L}\p{N}._@:-]+$/u, 'must be an id or a username'),
  );

const filters = {
  from: z.optional(calendarDate),
  to: z.optional(calendarDate),
  action: z.optional(z.enum(auditActions, `must be one of ${auditActions.join(', ')}`)),
  actor: z.optional(partyId),
  subject: z.optional(partyId),
};

const longestPeriodDays = 366;
interface Period {
  from?: string;
  to?: string;
}
const periodIsInOrder = ({ from, to }: Period) => !from || !to || from <= to;
const periodIsAtMostAYear = ({ from, to }: Period) => !from || !to || daysFrom(from, to) <= longestPeriodDays;

/** `GET /api/audit`: the filters, and a page of a listing newest first. */
export const auditQuerySchema = z
  .strictObject({
    ...filters,
    limit: pageLimitSchema(200, 50),
    cursor: z.optional(z.string().check(z.maxLength(2000, 'is not a cursor this listing gave'))),
  })
  .check(
    z.refine(periodIsInOrder, { message: 'must not be before from', path: ['to'] }),
    z.refine(periodIsAtMostAYear, {
      message: `must be at most ${longestPeriodDays} days after from`,
      path: ['to'],
    }),
  );

/** `GET /api/audit/export`: the same filters, every entry. */
export const auditExportSchema = z.strictObject(filters).check(
  z.refine(periodIsInOrder, { message: 'must not be before from', path: ['to'] }),
  z.refine(periodIsAtMostAYear, {
    message: `must be at most ${longestPeriodDays} days after from`,
    path: ['to'],
  }),
);

export type AuditQuery = z.output<typeof auditQuerySchema>;
export type AuditFilters = z.output<typeof auditExportSchema>;

/** What the store looks up: instants in UTC, from included, to excluded. */
export interface AuditSelection {
  fromInstant: string;
  toInstant: string;
  action?: AuditAction;
  actorId?: string;
  subjectId?: string;
}

/**
 * The period in the school's zone, as instants: `to` is today and `from` a year earlier unless given; days run
 * from midnight to midnight in the school's zone.
 */
export const selectionOf = (filters: AuditFilters, today: string, timeZone: string): AuditSelection => {
  const to = filters.to ?? today;
  const from = filters.from ?? plusDays(to, -365);
  // With one end given, the other is today or a year before: the period must still run forwards, a year at most.
  if (from > to)
    throw new ValidationError('from', 'must not be after to (today when to is not given)', 'period_reversed');
  if (daysFrom(from, to) > longestPeriodDays) {
    throw new ValidationError(
      'from',
      `must be at most ${longestPeriodDays} days before to (today when not given)`,
      'period_too_long',
    );
  }
  return {
    fromInstant: instantOf(from, '00:00', timeZone),
    toInstant: instantOf(plusDays(to, 1), '00:00', timeZone),
    ...(filters.action && { action: filters.action }),
    ...(filters.actor && { actorId: filters.actor }),
    ...(filters.subject && { subjectId: filters.subject }),
  };
};
