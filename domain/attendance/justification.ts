import * as z from 'zod/mini';
import { daysFrom } from '#domain/shared/calendar/calendar-days';
import { calendarDateSchema, idSchema } from '#domain/shared/input-types';
import { text } from '#domain/shared/text-input';
import { type AbsenceReason, absenceReasons } from './absence-reasons';
import { type HalfDay, halfDayKey } from './half-days';
import type { JustificationDocument } from './justification-documents';

/**
 * A guardian's word for a pupil's absence, ahead (a declaration) or after (a justification), over a span of
 * half-days. Staff accept or refuse its reason; an accepted one justifies every absence of its span, including
 * those recorded after it.
 */
export { type AbsenceReason, absenceReasons };

export const justificationStates = ['pending', 'accepted', 'refused'] as const;
export type JustificationState = (typeof justificationStates)[number];

export interface Justification {
  justificationId: string;
  pupilId: string;
  from: HalfDay;
  to: HalfDay;
  reason: AbsenceReason;
  /** What the guardian wrote: for staff only, never shown to another family. */
  note: string;
  /** A document sent through the signed upload (a doctor's note), by its id. */
  documentId?: string;
  /** That document, checked and kept: its declarer and the staff who decide download it. */
  document?: JustificationDocument;
  state: JustificationState;
  declaredBy: string;
  declaredAt: string;
  decidedBy?: string;
  decidedAt?: string;
  /** Staff's word back to the family. */
  answer?: string;
  /** Moved by each decision: a decision holds only on the version it read. */
  version: number;
}

/** A span is at most a term long: a longer absence is the school's to handle, not a form's. */
export const maxSpanDays = 92;

const halfSchema = z.enum(['am', 'pm']);

export const justificationInputSchema = z
  .strictObject({
    from: calendarDateSchema,
    fromHalf: z._default(halfSchema, 'am'),
    to: calendarDateSchema,
    toHalf: z._default(halfSchema, 'pm'),
    reason: z.enum(absenceReasons),
    note: z._default(text(1000), ''),
    documentId: z.optional(idSchema),
  })
  .check(
    z.refine(
      (input) =>
        halfDayKey({ date: input.from, half: input.fromHalf }) <=
        halfDayKey({ date: input.to, half: input.toHalf }),
      {
        message: 'must not end before it starts',
        path: ['to'],
      },
    ),
    z.refine((input) => daysFrom(input.from, input.to) <= maxSpanDays, {
      message: `must span at most ${maxSpanDays} days`,
      path: ['to'],
    }),
  );
export type JustificationInput = z.output<typeof justificationInputSchema>;

export const decisionInputSchema = z.strictObject({
  decision: z.enum(['accepted', 'refused']),
  answer: z._default(text(500), ''),
  version: z.number().check(z.int(), z.minimum(1)),
});
export type DecisionInput = z.output<typeof decisionInputSchema>;

export const spanOf = (input: JustificationInput) => ({
  from: { date: input.from, half: input.fromHalf } satisfies HalfDay,
  to: { date: input.to, half: input.toHalf } satisfies HalfDay,
});

/** Whether a justification's span holds a half-day. */
export const covers = (justification: Pick<Justification, 'from' | 'to'>, halfDay: HalfDay) => {
  const key = halfDayKey(halfDay);
  return halfDayKey(justification.from) <= key && key <= halfDayKey(justification.to);
};

/**
 * Where a half-day stands for a pupil: justified if an accepted justification covers it, pending if one awaits
 * staff, refused if the only ones covering it were refused, and unjustified when nobody said a word.
 */
export const standingOf = (
  halfDay: HalfDay,
  justifications: readonly Pick<Justification, 'from' | 'to' | 'state'>[],
): 'justified' | 'pending' | 'refused' | 'unjustified' => {
  const states = new Set(justifications.filter((each) => covers(each, halfDay)).map((each) => each.state));
  if (states.has('accepted')) return 'justified';
  if (states.has('pending')) return 'pending';
  if (states.has('refused')) return 'refused';
  return 'unjustified';
};

/** A period of days, both included (the last 30 days, or the month so far, unless said). */
export const periodQuerySchema = z.strictObject({
  from: z.optional(calendarDateSchema),
  to: z.optional(calendarDateSchema),
});

export const exportQuerySchema = z.strictObject({
  classId: idSchema,
  from: calendarDateSchema,
  to: calendarDateSchema,
});

export const monthQuerySchema = z.strictObject({
  month: z.optional(z.string().check(z.regex(/^20\d\d-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM'))),
});
