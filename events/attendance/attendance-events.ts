import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

export const attendanceSource = 'preau.attendance';

/** At most this many pupils an event: a larger register is one event per chunk. */
export const maxPupilsPerEvent = 100;

const sessionSchema = z.strictObject({
  registerId: z.string(),
  activityId: z.string(),
  seriesDate: z.string(),
  /** The session's instants, ISO 8601 UTC. */
  startsAt: z.string(),
  endsAt: z.string(),
});

// H1 roll call
export const absenceRecorded = defineEvent({
  source: attendanceSource,
  detailType: 'AbsenceRecorded',
  version: '1',
  description:
    'A register marked pupils absent from a course session, or late: the session and the pupils newly marked (at most 100), for their guardians to be told.',
  dataSchema: z.strictObject({
    ...sessionSchema.shape,
    pupilIds: z.array(z.string()).check(z.minLength(1), z.maxLength(maxPupilsPerEvent)),
    kind: z.enum(['absent', 'late']),
  }),
});

export const absenceCancelled = defineEvent({
  source: attendanceSource,
  detailType: 'AbsenceCancelled',
  version: '1',
  description:
    'A register changed pupils marked absent or late back to present: the session and those pupils (at most 100).',
  dataSchema: z.strictObject({
    ...sessionSchema.shape,
    pupilIds: z.array(z.string()).check(z.minLength(1), z.maxLength(maxPupilsPerEvent)),
    kind: z.enum(['absent', 'late']),
  }),
});

export const registerTaken = defineEvent({
  source: attendanceSource,
  detailType: 'RegisterTaken',
  version: '1',
  description:
    "A course session's register was taken or changed: its new version, who took it, and how many pupils were absent and late (never a name).",
  dataSchema: z.strictObject({
    ...sessionSchema.shape,
    version: z.int(),
    takenBy: z.string(),
    absent: z.int(),
    late: z.int(),
  }),
});

export const registerReminderDue = defineEvent({
  source: attendanceSource,
  detailType: 'RegisterReminderDue',
  version: '1',
  description:
    "A course's register is not taken 15 minutes after its start: its teachers are reminded, once per session.",
  dataSchema: z.strictObject({
    ...sessionSchema.shape,
    title: z.string(),
    teacherIds: z.array(z.string()).check(z.maxLength(maxPupilsPerEvent)),
  }),
});
// H2 absences
const halfDaySchema = z.strictObject({ date: z.string(), half: z.enum(['am', 'pm']) });

export const absenceJustified = defineEvent({
  source: attendanceSource,
  detailType: 'AbsenceJustified',
  version: '1',
  description:
    "Staff accepted or refused the reason given for a pupil's absences over a span of half-days: the justification, the pupil, the span, the decision and who declared it (for them to be told). Never the reason's text.",
  dataSchema: z.strictObject({
    justificationId: z.string(),
    pupilId: z.string(),
    from: halfDaySchema,
    to: halfDaySchema,
    state: z.enum(['accepted', 'refused']),
    declaredBy: z.string(),
    decidedBy: z.string(),
  }),
});
