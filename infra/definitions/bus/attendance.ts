import type { ModuleBus } from './bus-target';

/** The roll call's bus targets: the reminder of registers not taken, and (H2) what follows an absence. */
export const attendanceBus: ModuleBus = {
  module: 'attendance',
  rules: [
    // H2 absences
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
