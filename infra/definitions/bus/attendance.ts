import {
  absenceCancelled,
  absenceJustified,
  absenceRecorded,
  attendanceSource,
} from '#events/attendance/attendance-events';
import type { ModuleBus } from './bus-target';

/** The roll call's bus targets: the reminder of registers not taken, and (H2) what follows an absence. */
export const attendanceBus: ModuleBus = {
  module: 'attendance',
  rules: [
    // H2 absences
    {
      name: 'follow-absences',
      description:
        'Tells guardians of an absence, a lateness or its correction as they chose, flags pupils at four unjustified half-days in a month to vie scolaire, and tells a family of the decision on its reason',
      pattern: {
        source: [attendanceSource],
        'detail-type': [absenceRecorded, absenceCancelled, absenceJustified].map(
          (contract) => contract.detailType,
        ),
      },
      // A chunk of 100 pupils: their guardians' notifications ten at a time, then a month's count per pupil.
      target: {
        handler: 'attendance/on-absence-event',
        needs: { table: 'readWrite', notify: 'send' },
        timeoutSeconds: 120,
      },
    },
  ],
  schedules: [
    // H1 roll call
    {
      name: 'remind-registers-not-taken',
      description:
        'Every five minutes in school hours, reminds the teachers of a course whose register is not taken 15 minutes after its start, once per session',
      everyMinutes: 5,
      target: { handler: 'attendance/remind-registers', needs: { table: 'readWrite' }, timeoutSeconds: 60 },
    },
  ],
};
