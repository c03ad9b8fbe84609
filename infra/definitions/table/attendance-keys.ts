import { keyPrefixes } from './key-prefixes';

/**
 * The roll call in the school table.
 *
 * | pattern                                          | key condition                                                   | index |
 * |--------------------------------------------------|-----------------------------------------------------------------|-------|
 * | H1 roll call                                     |                                                                 |       |
 * | a session's register, as it is now               | PK = ATTENDANCE-REGISTER#<activityId>#<seriesDate>, SK = REGISTER | table |
 * | its history, every version                       | PK = ATTENDANCE-REGISTER#…, SK begins_with VERSION#             | table |
 * | the day's registers and reminders (vie scolaire) | PK = ATTENDANCE-DAY#<date>                                      | table |
 * | a pupil's absences and lateness over a period    | PK = ATTENDANCE-PUPIL#<pupilId>, SK BETWEEN ABSENCE#<from> AND ABSENCE#<to>~ | table |
 * | H2 absences                                      |                                                                 |       |
 * | a pupil's period: absences and justifications    | PK = ATTENDANCE-PUPIL#<pupilId>, SK BETWEEN ABSENCE#<from − 92 days> AND ABSENCE#<to>~ | table |
 * |   (a justification: SK = ABSENCE#<its first day>#JUSTIFICATION#<id>)  |                                    |       |
 * | the justifications awaiting staff, oldest first  | GSI1PK = ATTENDANCE-PENDING, GSI1SK = <declaredAt>#<pupilId>#<id> | GSI1  |
 * | the pupils flagged in a month (4 half-days)      | PK = ATTENDANCE-FLAGS#<YYYY-MM>, SK = PUPIL#<pupilId>           | table |
 * | a justification's document being uploaded (a day) | PK = ATTENDANCE-UPLOAD#<personId>, SK = <uploadId>             | table |
 *
 * A justification sits in its pupil's partition among the absences, on its first day (after that day's absences:
 * `J` sorts after the hours' digits): a pupil's term is ONE query over the days from 92 days before the term (a
 * span is at most 92 days, so a justification starting that far back may still meet it) to its last day, the
 * absences before the term filtered out by DynamoDB (read, not returned). A
 * decision is a conditional update (pending, at the version read) that removes it from the pending index. A flag
 * is put once per pupil and month, on condition that it is new.
 *
 * A register, its version, its copy in the day's partition, the absence items it adds and removes and its events
 * are written in one transaction; the day's copy holds the marks, so « the day » is one query.
 */
export const attendanceKeyPrefixes = keyPrefixes('attendance', {
  partitions: [
    // H1 roll call
    'ATTENDANCE-REGISTER#',
    'ATTENDANCE-DAY#',
    'ATTENDANCE-PUPIL#',
    // H2 absences
    'ATTENDANCE-PENDING',
    'ATTENDANCE-FLAGS#',
    'ATTENDANCE-UPLOAD#',
  ],
});

export const attendanceKeys = {
  // H1 roll call
  register: (activityId: string, seriesDate: string) => ({
    PK: `ATTENDANCE-REGISTER#${activityId}#${seriesDate}`,
    SK: 'REGISTER',
  }),
  registerVersion: (activityId: string, seriesDate: string, version: number) => ({
    PK: `ATTENDANCE-REGISTER#${activityId}#${seriesDate}`,
    SK: `VERSION#${String(version).padStart(6, '0')}`,
  }),
  registerVersionPrefix: 'VERSION#',
  dayPartition: (date: string) => `ATTENDANCE-DAY#${date}`,
  dayRegister: (date: string, session: { start: string; activityId: string; seriesDate: string }) => ({
    PK: `ATTENDANCE-DAY#${date}`,
    SK: `REGISTER#${session.start}#${session.activityId}#${session.seriesDate}`,
  }),
  dayRegisterPrefix: 'REGISTER#',
  /** The reminder sent to a session's teachers once its register is late: written once, on condition. */
  dayReminder: (date: string, session: { activityId: string; seriesDate: string }) => ({
    PK: `ATTENDANCE-DAY#${date}`,
    SK: `REMINDER#${session.activityId}#${session.seriesDate}`,
  }),
  dayReminderPrefix: 'REMINDER#',
  pupilPartition: (pupilId: string) => `ATTENDANCE-PUPIL#${pupilId}`,
  absence: (
    pupilId: string,
    session: { date: string; start: string; activityId: string; seriesDate: string },
  ) => ({
    PK: `ATTENDANCE-PUPIL#${pupilId}`,
    SK: `ABSENCE#${session.date}#${session.start}#${session.activityId}#${session.seriesDate}`,
  }),
  /** A pupil's absences from `from` to `to` (days, both included): `SK BETWEEN from AND to`. */
  absenceSpan: (from: string, to: string) => ({ from: `ABSENCE#${from}`, to: `ABSENCE#${to}~` }),
  // H2 absences
  /** Among the absences, on its first day: a pupil's absences and justifications are one key range. */
  justification: (pupilId: string, fromDate: string, justificationId: string) => ({
    PK: `ATTENDANCE-PUPIL#${pupilId}`,
    SK: `ABSENCE#${fromDate}#JUSTIFICATION#${justificationId}`,
  }),
  /** Tells a justification's sort key from an absence's in the pupil's range. */
  justificationMark: '#JUSTIFICATION#',
  pendingIndexAttributes: (declaredAt: string, pupilId: string, justificationId: string) => ({
    GSI1PK: 'ATTENDANCE-PENDING',
    GSI1SK: `${declaredAt}#${pupilId}#${justificationId}`,
  }),
  pending: { index: 'GSI1', partitionKey: 'ATTENDANCE-PENDING' } as const,
  flagPartition: (month: string) => `ATTENDANCE-FLAGS#${month}`,
  flag: (month: string, pupilId: string) => ({ PK: `ATTENDANCE-FLAGS#${month}`, SK: `PUPIL#${pupilId}` }),
  /** A document declared for a justification, in its declarer's partition, until the declaration claims it. */
  upload: (personId: string, uploadId: string) => ({ PK: `ATTENDANCE-UPLOAD#${personId}`, SK: uploadId }),
};
