import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { NearbyShift } from './check-shift';
import type { StaffContract } from './contract';
import type { Shift } from './shift';

/**
 * The store of the technical staff's time, for the part that builds shifts' storage and routes on this domain.
 * Checking a new shift takes two DynamoDB calls, whatever the person's year holds: one query of the day items of
 * the days around it, one of the week totals of the rolling periods (`checkContextOf` says which). The totals are
 * kept up to date as shifts change, in the shift's own transaction, never recomputed from shifts.
 *
 * | pattern                                          | key condition                                                        | index |
 * |--------------------------------------------------|----------------------------------------------------------------------|-------|
 * | a shift                                          | PK = TIME-SHIFT#<shiftId>, SK = SHIFT                                | table |
 * | a person's contract (and its past ones)          | PK = TIME-PERSON#<personId>, SK = CONTRACT#<from>                    | table |
 * | a person's days of shifts, from one day to another (check: Sunday before → Monday after the week) | PK = TIME-PERSON#<personId>, SK BETWEEN DAY#<from> AND DAY#<to> | table |
 * | a person's week totals of the rolling periods (check: 11 weeks either side) | PK = TIME-PERSON#<personId>, SK BETWEEN WEEK#<monday> AND WEEK#<monday> | table |
 * | a project's or activity's shifts, by start       | GSI1PK = TIME-PROJECT#<projectId>, GSI1SK = <startsAt UTC>#<shiftId> | GSI1  |
 * | the team's shifts of a day (the day's planning)  | GSI2PK = TIME-DAY#<date>, GSI2SK = <startsAt UTC>#<personId>#<shiftId> | GSI2 |
 *
 * - A **day item** (`TIME-PERSON#<personId>`, `DAY#<date>`) holds the shifts that start that local day in a map
 *   `shifts.<shiftId> = { startsAt, endsAt, breakMinutes, work }` (what the checker needs), the day's
 *   `workedMinutes` and a `version`. Days are the school's zone's (Europe/Paris).
 * - A **week item** (`TIME-PERSON#<personId>`, `WEEK#<monday>`) holds the week's `workedMinutes` (the shifts whose
 *   day is in that ISO week) and a `version`.
 * - **Saving a shift** is one transaction: the shift item (on condition of its version); its day item (the map
 *   entry set, `workedMinutes` added, on condition of the version the check read); its week item (`ADD
 *   workedMinutes :delta`, on condition of the version read); for a moved shift, the old day and week items too;
 *   its audit entry and event (outbox). Two planners saving shifts of one person at once both read version n: one
 *   transaction succeeds, the other fails on the condition, reads again and checks again. No limit is ever
 *   checked on figures that changed under it.
 * - A request never scans: the team's day is one query of GSI2, a production's shifts one query of GSI1.
 */

export interface DayOfShifts {
  date: string;
  shifts: NearbyShift[];
  workedMinutes: number;
  version: number;
}

export interface WeekTotal {
  /** The week's Monday, YYYY-MM-DD. */
  monday: string;
  workedMinutes: number;
  version: number;
}

/** The versions of the day and week items a check read, that the save is conditioned on. */
export interface ReadVersions {
  days: Readonly<Record<string, number>>;
  weeks: Readonly<Record<string, number>>;
}

export interface TimeStore {
  contract(personId: string, day: string): Promise<StaffContract | undefined>;
  shift(shiftId: string): Promise<Shift | undefined>;
  /** A person's day items from one day to another, both included: one query. */
  days(personId: string, from: string, to: string): Promise<DayOfShifts[]>;
  /** A person's week totals from one Monday to another, both included: one query. */
  weekTotals(personId: string, fromMonday: string, toMonday: string): Promise<WeekTotal[]>;
  /**
   * Writes the shift with its day and week items (and the old ones of a moved shift) in one transaction, on
   * condition of the versions read: `StaleVersionError` when one changed, nothing written.
   */
  saveShift(shift: Shift, previous: Shift | undefined, read: ReadVersions): Promise<void>;
}

export interface TimePorts {
  time: TimeStore;
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string; timeZone: string };
}
