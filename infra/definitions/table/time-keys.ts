import { keyPrefixes } from './key-prefixes';

/**
 * The technical staff's time in the school table (module `time`; the design is `domain/time/time-ports.ts`).
 *
 * | pattern                                                  | key condition                                                    | index |
 * |----------------------------------------------------------|------------------------------------------------------------------|-------|
 * | T1 contracts and shifts                                  |                                                                  |       |
 * | a person's contracts (in force and of the last 12 months) | PK = TIME-PERSON#<personId>, SK = CONTRACTS                     | table |
 * | the technical team (people with a contract), by name     | GSI1PK = TIME-TEAM, GSI1SK = <sortName>#<personId>              | GSI1  |
 * | a shift                                                  | PK = TIME-SHIFT#<shiftId>, SK = SHIFT                            | table |
 * | a person's day of shifts (the check's reads)             | PK = TIME-PERSON#<personId>, SK = DAY#<date>                     | table |
 * | a person's week: totals, approval (the lock)             | PK = TIME-PERSON#<personId>, SK = WEEK#<monday>                  | table |
 * | a person's days or weeks over a span                     | PK = TIME-PERSON#<personId>, SK BETWEEN DAY#<from> AND DAY#<to>  | table |
 * | a project's (production's) shifts, by start              | GSI1PK = TIME-PROJECT#<projectId>, GSI1SK = <startsAt UTC>#<shiftId> | GSI1 |
 * | the team's shifts of a week (or a day: SK range), by start | GSI2PK = TIME-WEEK#<monday>, GSI2SK = <startsAt UTC>#<personId>#<shiftId> | GSI2 |
 * | T2 hours, approval, exports                              |                                                                  |       |
 * | the weeks of a month (payroll export)                    | GSI2PK = TIME-WEEK#<monday> for each Monday, startsAt in the month | GSI2 |
 *
 * - A shift's day is the local day it starts (the school's zone); its week is that day's ISO week (`monday`).
 * - The **day item** holds `shifts.<shiftId> = { startsAt, endsAt, breakMinutes }`, `workedMinutes`, `version`.
 * - The **week item** holds `workedMinutes` (planned), `actualMinutes`, `version`, and once approved `approvedAt`,
 *   `approvedBy`: an approved week is locked; any shift write in it is refused (`week_approved`) until a reopening
 *   (audited) removes the approval. Every write to a day or week item increments its `version`, on condition of
 *   the version read.
 * - A shift also marks its person's planning day (`planningKeys.day('person', personId, date)`, the occupancy
 *   marks), in the same transaction, so a person is never in a shift and an activity at once.
 */
export const timeKeyPrefixes = keyPrefixes('time', {
  partitions: ['TIME-PERSON#', 'TIME-TEAM', 'TIME-SHIFT#', 'TIME-PROJECT#', 'TIME-WEEK#'],
});

export const timeKeys = {
  // T1 contracts and shifts
  contracts: (personId: string) => ({ PK: `TIME-PERSON#${personId}`, SK: 'CONTRACTS' }),
  teamIndexAttributes: (person: { personId: string; sortName: string }) => ({
    GSI1PK: 'TIME-TEAM',
    GSI1SK: `${person.sortName}#${person.personId}`,
  }),
  teamPartition: 'TIME-TEAM',
  shift: (shiftId: string) => ({ PK: `TIME-SHIFT#${shiftId}`, SK: 'SHIFT' }),
  /** `startsAtUtc`: the planned start as an ISO instant in UTC, so the index sorts by time. */
  shiftIndexAttributes: (shift: {
    shiftId: string;
    personId: string;
    monday: string;
    startsAtUtc: string;
    projectId?: string;
  }) => ({
    GSI2PK: `TIME-WEEK#${shift.monday}`,
    GSI2SK: `${shift.startsAtUtc}#${shift.personId}#${shift.shiftId}`,
    ...(shift.projectId
      ? { GSI1PK: `TIME-PROJECT#${shift.projectId}`, GSI1SK: `${shift.startsAtUtc}#${shift.shiftId}` }
      : {}),
  }),
  projectPartition: (projectId: string) => `TIME-PROJECT#${projectId}`,
  weekPartition: (monday: string) => `TIME-WEEK#${monday}`,
  day: (personId: string, date: string) => ({ PK: `TIME-PERSON#${personId}`, SK: `DAY#${date}` }),
  week: (personId: string, monday: string) => ({ PK: `TIME-PERSON#${personId}`, SK: `WEEK#${monday}` }),
  personPartition: (personId: string) => `TIME-PERSON#${personId}`,
  dayPrefix: 'DAY#',
  weekPrefix: 'WEEK#',
  // T2 hours, approval, exports: the week item above carries the approval
};
