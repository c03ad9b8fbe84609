import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

/**
 * The technical staff's time events (issue 20). Each is written through the outbox in the same transaction as the
 * change it tells of; people are named by their ids only.
 */
export const timeSource = 'preau.time';

// T22 hours, approval, exports
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
