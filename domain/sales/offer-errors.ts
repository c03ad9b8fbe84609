import type { PlanningConflict } from '#domain/planning/planning-conflict';
import { ConflictError } from '#domain/shared/errors';
import type { HeldSpan } from './held-slots';

/** A slot the quote would hold is taken (409): which slot, when, and what holds it, as the planning names it. */
export class SlotHeldError extends ConflictError {
  constructor(span: HeldSpan, conflicts: readonly PlanningConflict[]) {
    const holders = [...new Set(conflicts.map((conflict) => conflict.title))].join(', ');
    super(
      'slot_held',
      `Slot ${span.slotIndex + 1} (${span.date} ${span.start}–${span.end}) is taken by ${holders || 'another activity'}`,
      { slotIndex: span.slotIndex, date: span.date, start: span.start, end: span.end, conflicts },
    );
    this.name = 'SlotHeldError';
  }
}

/** The client's link took an answer already (409): the first accept or refuse holds. */
export class QuoteAlreadyAnsweredError extends ConflictError {
  constructor() {
    super('quote_already_answered', 'This quote has already been answered');
    this.name = 'QuoteAlreadyAnsweredError';
  }
}
