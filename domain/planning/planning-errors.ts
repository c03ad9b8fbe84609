import { ConflictError } from '#domain/shared/errors';
import type { PlanningConflict } from './planning-conflict';

/** The activity would overlap others on a place, a person, a class or a piece of equipment (409, with the list). */
export class PlanningConflictError extends ConflictError {
  constructor(readonly conflicts: PlanningConflict[]) {
    super(
      'conflicts',
      `${conflicts.length} conflict(s): save again with acceptConflicts to keep the overlap, or change the activity`,
      { conflicts },
    );
    this.name = 'PlanningConflictError';
  }
}

/** A guarded write found a slot taken: someone saved an overlapping activity since the conflicts were read. */
export class SlotTakenError extends Error {
  constructor() {
    super('A slot was taken meanwhile');
    this.name = 'SlotTakenError';
  }
}

/**
 * A guarded write found a person's booked minutes of the week past the hours their rule allows: other bookings of
 * theirs were confirmed since the count was read (409 if nothing turns it into a request).
 */
export class BookedHoursReachedError extends ConflictError {
  constructor() {
    super('hours_reached', 'The weekly hours of your bookings were reached meanwhile');
    this.name = 'BookedHoursReachedError';
  }
}

/** The codes of planning's refusals: overlaps (409), weekly hours taken meanwhile, days an activity does not have. */
export const planningErrorCodes = [
  'conflicts',
  'hours_reached',
  'no_open_day',
  'not_a_day_of_activity',
] as const;
