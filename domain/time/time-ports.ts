import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { NearbyShift } from './check-shift';
import type { StaffContract } from './contract';
import type { Shift } from './shift';

/**
 * The store of the technical staff's time, for the part that builds shifts' storage and routes on this domain.
 * Planning a shift takes **two DynamoDB calls**, whatever the person's year holds: one BatchGetItem of the items
 * the check needs, whose keys are known in advance (`checkContextOf`), and one TransactWriteItems to save it. The
 * week totals are kept up to date as shifts change, in the shift's own transaction, never recomputed from shifts.
 *
 * | pattern                                                | key condition                                                          | index |
 * |--------------------------------------------------------|------------------------------------------------------------------------|-------|
 * | a shift                                                | PK = TIME-SHIFT#<shiftId>, SK = SHIFT                                  | table |
 * | a person's contracts (the one in force and the recent) | PK = TIME-PERSON#<personId>, SK = CONTRACTS                            | table |
 * | a person's day of shifts                               | PK = TIME-PERSON#<personId>, SK = DAY#<date>                           | table |
 * | a person's week total                                  | PK = TIME-PERSON#<personId>, SK = WEEK#<monday>                        | table |
 * | the check's reads: contracts, 9 days (16 on a Monday), 23 weeks | BatchGetItem of those keys (40 at most, of the 100 a call takes) | table |
 * | a person's days or weeks over a span (their planning)  | PK = TIME-PERSON#<personId>, SK BETWEEN DAY#<from> AND DAY#<to>        | table |
 * | a project's or activity's shifts, by start             | GSI1PK = TIME-PROJECT#<projectId>, GSI1SK = <startsAt UTC>#<shiftId>   | GSI1  |
 * | the team's shifts of a day (the day's planning)        | GSI2PK = TIME-DAY#<date>, GSI2SK = <startsAt UTC>#<personId>#<shiftId> | GSI2  |
 *
 * - A **day item** holds the shifts that start that local day (the school's zone, Europe/Paris) in a map
 *   `shifts.<shiftId> = { startsAt, endsAt, breakMinutes }` (what the checker needs), the day's `workedMinutes` and
 *   a `version`. A **week item** holds the `workedMinutes` of the shifts whose day is in that ISO week, and a
 *   `version`. An absent item is a day or week with nothing yet (version 0).
 * - The **contracts item** holds the person's contracts in force and of the last 12 months (an intermittent has a
 *   few a month), so the check finds the one covering the shift's day in the same read.
 * - **Saving a shift** is one transaction: the shift item (on condition of its version); its day item (the map
 *   entry set, `workedMinutes` added, `version` incremented, on condition of the version the check read, or of its
 *   absence); its week item (`ADD workedMinutes :delta`, on the version read); for a moved shift, its old day and
 *   week items too; its audit entry and event (outbox). Two planners saving shifts of one person at once both read
 *   version n: one transaction succeeds, the other fails on its condition (`StaleVersionError`), reads again and
 *   checks again. No limit is ever passed on figures that changed under the check.
 * - **Changing a shift** reads it first (one GetItem more), then its old day and week join the BatchGetItem.
 * - A request never scans: a team's day is one query of GSI2, a production's shifts one query of GSI1.
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

/** What a check reads, in one call. */
export interface CheckReads {
  contracts: StaffContract[];
  days: DayOfShifts[];
  weeks: WeekTotal[];
}

export interface TimeStore {
  /** The person's contracts, and the day and week items of these keys (absent ones left out): one BatchGetItem. */
  checkReads(personId: string, days: readonly string[], weeks: readonly string[]): Promise<CheckReads>;
  shift(shiftId: string): Promise<Shift | undefined>;
  /**
   * Writes the shift with its day and week items (and the old ones of a moved shift) in one transaction, on
   * condition of the versions read: `StaleVersionError` when one changed, nothing written.
   */
  saveShift(shift: Shift, previous: Shift | undefined, read: ReadVersions): Promise<void>;
}

/** What the store read, as the checker takes it, and the versions the save is conditioned on. */
export const checkInputOf = (days: readonly DayOfShifts[], weeks: readonly WeekTotal[]) => ({
  nearby: days.flatMap(({ shifts }) => shifts),
  weekTotals: Object.fromEntries(weeks.map(({ monday, workedMinutes }) => [monday, workedMinutes])),
  versions: {
    days: Object.fromEntries(days.map(({ date, version }) => [date, version])),
    weeks: Object.fromEntries(weeks.map(({ monday, version }) => [monday, version])),
  } satisfies ReadVersions,
});

export interface TimePorts {
  time: TimeStore;
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string; timeZone: string };
}
