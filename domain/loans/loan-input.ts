import * as z from 'zod/mini';
import { calendarDateSchema, idSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';
import { itemFamilies } from './item-values';
import { loanStatuses } from './loan';

/** The longest span a loan holds: a school year and its summer (its marks then fit one transaction). */
export const maxLoanDays = 366;

const familySchema = z.enum(itemFamilies, `must be one of ${itemFamilies.join(', ')}`);

/**
 * A request to borrow: an item (from its page or the catalogue's link), or « any » item of a kind; the dates,
 * inclusive, in the school's zone; for whom (oneself unless a guardian asks for their child, or staff for anyone).
 */
export const loanRequestSchema = z.strictObject({
  itemId: z.optional(idSchema),
  wanted: z.optional(z.strictObject({ family: familySchema, kind: text(120) })),
  startDate: calendarDateSchema,
  endDate: calendarDateSchema,
  note: z.optional(z.string().check(z.trim(), z.maxLength(1000, 'must be at most 1000 characters'))),
  borrowerId: z.optional(idSchema),
});
export type LoanRequestInput = z.output<typeof loanRequestSchema>;

export const loanDecisions = ['approve', 'waitlist', 'refuse', 'cancel'] as const;
export type LoanDecisionKind = (typeof loanDecisions)[number];

/** Staff approve (with an item), waitlist or refuse; the requester or staff cancel; on the version read. */
export const loanDecisionSchema = z.strictObject({
  decision: z.enum(loanDecisions, `must be one of ${loanDecisions.join(', ')}`),
  itemId: z.optional(idSchema),
  reason: z.optional(text(500)),
  version: z.int('must be the version you read').check(z.gte(1, 'must be the version you read')),
});
export type LoanDecisionInput = z.output<typeof loanDecisionSchema>;

/** The desk's list, by status; a borrower's or a guardian's own loans without one. */
export const loanListQuerySchema = z.strictObject({
  status: z.optional(z.enum(loanStatuses, `must be one of ${loanStatuses.join(', ')}`)),
  /** An item's loans, for its history (staff). */
  itemId: z.optional(idSchema),
  /** A person's loans, for their sheet. */
  borrowerId: z.optional(idSchema),
});

/** A family's held days over a month. */
export const availabilityQuerySchema = z.strictObject({
  family: familySchema,
  month: z
    .string('must be a month YYYY-MM')
    .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM')),
});
