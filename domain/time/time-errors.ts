import { ConflictError, ValidationError } from '#domain/shared/errors';
import type { ShiftCheck } from './check-shift';

/**
 * The codes of the technical staff's time refusals: a shift that breaks its person's rulebook (with the rule and
 * the figures), one that overlaps another of theirs, one outside an intermittent's contract, and times that make
 * no shift.
 */
export const timeErrorCodes = [
  // T20 rulebooks and their checker
  'shift_breaks_rule',
  'shift_overlaps',
  'shift_outside_contract',
  'shift_times_invalid',
  // T1 contracts and shifts
  'person_busy',
  'week_approved',
  'stale',
  'link_invalid',
  'shift_person_fixed',
  // T2 hours, approval, exports
  'week_already_approved',
  'week_not_approved',
  // T25 leftovers: actual hours refused for their own reasons, not as impossible times
  'actual_hours_in_future',
  'actual_hours_far_from_plan',
] as const;
export type TimeErrorCode = (typeof timeErrorCodes)[number];

/**
 * A shift breaks one rule of its rulebook or more, and no exception with a reason covers them (409): the refused
 * breaches (rule, limit, figure, unit, whether an exception could be asked) and the day's and week's figures go with
 * it, for the planner to see what to change.
 */
export class ShiftBreaksRuleError extends ConflictError {
  constructor(readonly check: ShiftCheck) {
    super(
      'shift_breaks_rule',
      `The shift breaks ${check.refused.map((breach) => breach.ruleId).join(', ')}`,
      {
        field: 'planned',
        // `grounds`: the grounds the rule allows, under the name the API agreed for the portal.
        breaches: check.refused.map((breach) => ({ ...breach, grounds: breach.exceptionGrounds })),
        accepted: check.accepted,
        figures: check.figures,
      },
    );
    this.name = 'ShiftBreaksRuleError';
  }
}

/** The person already works at that time (409): the shifts it overlaps. */
export class ShiftOverlapsError extends ConflictError {
  constructor(readonly shiftIds: readonly string[]) {
    super('shift_overlaps', `The shift overlaps ${shiftIds.join(', ')}`, { shiftIds });
    this.name = 'ShiftOverlapsError';
  }
}

/** An intermittent's shift on a day their contract does not cover (409). */
export class ShiftOutsideContractError extends ConflictError {
  constructor(readonly day: string) {
    super('shift_outside_contract', `The contract does not cover ${day}`, { day });
    this.name = 'ShiftOutsideContractError';
  }
}

/** Times that make no shift: an end before the start, a day longer than 24 h, a break as long as the shift. */
export const invalidShiftTimes = (field: string, reason: string) =>
  new ValidationError(field, reason, 'shift_times_invalid');

/** Actual hours that start after now (400 on `startsAt`): hours are entered once worked. */
export const actualHoursInFuture = () =>
  new ValidationError('startsAt', 'must not be in the future', 'actual_hours_in_future');

/** Actual hours that start more than a day from the planned start (400 on `startsAt`): another shift's, surely. */
export const actualHoursFarFromPlan = () =>
  new ValidationError('startsAt', 'must be within a day of the planned start', 'actual_hours_far_from_plan');

/** The person's planning day holds something (an activity, another shift) at that time (409). */
export class PersonBusyError extends ConflictError {
  constructor(
    readonly personId: string,
    readonly dates: readonly string[],
  ) {
    super('person_busy', `Person ${personId} is busy then`, { personId, dates });
    this.name = 'PersonBusyError';
  }
}

/** The person's week is approved: locked until it is reopened (409). */
export class WeekApprovedError extends ConflictError {
  constructor(readonly monday: string) {
    super('week_approved', `The week of ${monday} is approved`, { monday });
    this.name = 'WeekApprovedError';
  }
}

/** Planners kept saving shifts of the person while this one was checked: tried again, and again lost (409). */
export class StaleShiftError extends ConflictError {
  constructor(readonly personId: string) {
    super('stale', `Other shifts of ${personId} kept changing: read and try again`, { personId });
    this.name = 'StaleShiftError';
  }
}

// T2 hours, approval, exports

/** Every week asked is approved already (409). */
export class WeekAlreadyApprovedError extends ConflictError {
  constructor(
    readonly personIds: readonly string[],
    readonly monday: string,
  ) {
    super('week_already_approved', `The week of ${monday} is approved already`, { personIds, monday });
    this.name = 'WeekAlreadyApprovedError';
  }
}

/** A reopening of a week that is not approved (409). */
export class WeekNotApprovedError extends ConflictError {
  constructor(
    readonly personId: string,
    readonly monday: string,
  ) {
    super('week_not_approved', `The week of ${monday} is not approved`, { personId, monday });
    this.name = 'WeekNotApprovedError';
  }
}
