import type { AuditEntry } from '#domain/audit/audit-entry';
import type { Relations } from '#domain/identity/authorize';
import type { Person } from '#domain/people/person';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { Breach, NearbyShift } from './check-shift';
import type { StaffContract } from './contract';
import type { Shift, ShiftLink } from './shift';

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
  /** The actual minutes recorded (part T22), when any. */
  actualMinutes?: number;
  /** Once approved, the week is locked: no shift of it is planned, changed or removed. */
  approved?: { at: string; by: string };
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
  /** The project and activity the shift serves, when it names them and they exist: read in the same call. */
  project?: { projectId: string; name: string };
  activity?: { activityId: string; projectId: string; title: string };
  /** The school's audit retention, read in the same call, for the entry the save writes. */
  auditRetentionDays?: number;
}

/** A shift as stored: the shift, its day and week, its name of project, the breaches accepted, its version. */
export interface StoredShift extends Shift {
  day: string;
  monday: string;
  projectName?: string;
  accepted: Breach[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * A person of the technical team: their name as the directory gave it when the contract was saved (the team's
 * reads show the directory's name of now, `withDirectoryNames`), and their contracts.
 */
export interface TeamMember {
  personId: string;
  name: string;
  contracts: StaffContract[];
  version: number;
}

/** What saving a shift writes, besides the shift: its day and week as they become, and what it leaves. */
export interface ShiftWrite {
  shift: StoredShift;
  previous?: StoredShift;
  /** The day and week items after the change, each on condition of the version read (0: absent). */
  days: DayOfShifts[];
  weeks: WeekTotal[];
  read: ReadVersions;
  /**
   * Every day and week the check read (absent ones too), held unchanged by the save: a shift saved meanwhile on
   * a day or week around (its rest, the rolling average) fails it too.
   */
  checked: { days: readonly string[]; weeks: readonly string[] };
  events: OutgoingEvent[];
  audit: AuditEntry;
  auditRetentionDays?: number;
}

export interface TimeStore {
  /**
   * The person's contracts, the day and week items of these keys (absent ones left out), the linked project and
   * activity, the audit retention: one BatchGetItem.
   */
  checkReads(
    personId: string,
    days: readonly string[],
    weeks: readonly string[],
    link?: ShiftLink,
  ): Promise<CheckReads>;
  shift(shiftId: string): Promise<StoredShift | undefined>;
  /**
   * Writes the shift with its day and week items (and the old ones of a moved shift), the marks of its person's
   * planning days, its event and audit entry in one transaction, on condition of the versions read:
   * `StaleVersionError` when a day or week changed, `person_busy` when the planning day holds something then,
   * `week_approved` when a week got approved; nothing written.
   */
  saveShift(write: ShiftWrite): Promise<void>;
  /** Removes the shift, takes it off its day and week (not approved), frees its planning marks: one transaction. */
  removeShift(shift: StoredShift, events: OutgoingEvent[], audit: AuditEntry): Promise<void>;
  /** The person's contracts item, if any. */
  member(personId: string): Promise<TeamMember | undefined>;
  /** Writes the person's contracts on the version read (0: none yet), with their name for the team's list. */
  putContracts(
    member: TeamMember & { sortName: string },
    readVersion: number,
    audit: AuditEntry,
  ): Promise<void>;
  /** The technical team, by name: one query of GSI1. */
  team(): Promise<TeamMember[]>;
  /** The shifts of a week (all people, or one), by start: one query of GSI2. */
  weekShifts(monday: string, personId?: string): Promise<StoredShift[]>;
  /** The week items of these people, by person (absent ones left out): one BatchGetItem. */
  weeks(personIds: readonly string[], monday: string): Promise<Map<string, WeekTotal>>;
  /** A project's shifts, by start: one query of GSI1. */
  projectShifts(projectId: string): Promise<StoredShift[]>;
  /**
   * Who of these people holds something in their planning days at that time, and what: a shift or an activity
   * (the occupancy marks of their planning days): one BatchGetItem.
   */
  busy(
    personIds: readonly string[],
    spans: readonly { date: string; start: string; end: string }[],
  ): Promise<Map<string, 'shift' | 'activity'>>;
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
  /**
   * The directory: rights' relations, the people a contract is given to, and the team's names as they are now
   * (`people`: one BatchGetItem).
   */
  relations: Relations;
  people: {
    person(personId: string): Promise<Person | undefined>;
    people(personIds: readonly string[]): Promise<Person[]>;
  };
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string; timeZone: string };
}
