import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

export const timeSource = 'preau.time';

// T1 contracts and shifts
const shiftData = {
  shiftId: z.string(),
  personId: z.string(),
  work: z.string(),
  projectId: z.optional(z.string()),
  activityId: z.optional(z.string()),
  /** The planned times, with their offset, and the breaks in minutes. */
  startsAt: z.string(),
  endsAt: z.string(),
  breakMinutes: z.int(),
  /** The local day it counts for, and that day's ISO week. */
  day: z.string(),
  monday: z.string(),
  /** The rules it exceeds, accepted with an exception: their ids, and the exception's ground. */
  acceptedRules: z.array(z.string()),
  exceptionGround: z.optional(z.string()),
  version: z.int(),
  by: z.string(),
};

export const shiftPlanned = defineEvent({
  source: timeSource,
  detailType: 'ShiftPlanned',
  version: '1',
  description:
    'A planner planned a technician’s shift, checked against their contract’s rules: the person, the work, the production or activity it serves, the times, the rules accepted with an exception. Ids only, no name.',
  dataSchema: z.strictObject(shiftData),
});

export const shiftChanged = defineEvent({
  source: timeSource,
  detailType: 'ShiftChanged',
  version: '1',
  description:
    'A planner changed a shift (times, work, link, exception), checked again: the shift as it is, and the day it counted for before.',
  dataSchema: z.strictObject({ ...shiftData, previousDay: z.string() }),
});

export const shiftRemoved = defineEvent({
  source: timeSource,
  detailType: 'ShiftRemoved',
  version: '1',
  description: 'A planner removed a shift: it no longer counts in its person’s day and week.',
  dataSchema: z.strictObject({
    shiftId: z.string(),
    personId: z.string(),
    projectId: z.optional(z.string()),
    day: z.string(),
    monday: z.string(),
    version: z.int(),
    by: z.string(),
  }),
});

// T2 hours, approval, exports
export const hoursRecorded = defineEvent({
  source: timeSource,
  detailType: 'HoursRecorded',
  version: '1',
  description:
    'The actual hours of a shift were entered or changed: the shift, its person and week, the minutes worked and planned.',
  dataSchema: z.strictObject({
    shiftId: z.string(),
    personId: z.string(),
    monday: z.string(),
    actualMinutes: z.int(),
    plannedMinutes: z.int(),
    recordedBy: z.string(),
  }),
});

export const weekApproved = defineEvent({
  source: timeSource,
  detailType: 'WeekApproved',
  version: '1',
  description:
    'A manager approved a person’s week: it is locked until reopened. The actual and planned minutes it approves.',
  dataSchema: z.strictObject({
    personId: z.string(),
    monday: z.string(),
    actualMinutes: z.int(),
    plannedMinutes: z.int(),
    approvedBy: z.string(),
  }),
});

export const weekReopened = defineEvent({
  source: timeSource,
  detailType: 'WeekReopened',
  version: '1',
  description:
    'A manager reopened a person’s approved week, so that its hours may change again (the reason is in the audit trail).',
  dataSchema: z.strictObject({
    personId: z.string(),
    monday: z.string(),
    reopenedBy: z.string(),
  }),
});
