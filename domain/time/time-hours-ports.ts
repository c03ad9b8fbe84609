import type { AuditEntry } from '#domain/audit/audit-entry';
import type { DirectoryReader } from '#domain/people/directory-ports';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { StaffContract } from './contract';
import type { Shift } from './shift';

/**
 * The store of actual hours, the weekly approval and the totals (part T2 of the `time` module), on the items of
 * `infra/definitions/table/time-keys.ts`.
 *
 * - **Recording actual hours** is one transaction: the shift item (its `actual`, on condition of the version the
 *   person read), and its week item (`ADD actualMinutes :delta`, `version` incremented, on condition of the version
 *   read **and that the week holds no `approvedAt`**), with `HoursRecorded` (outbox).
 * - **Approving a person's week** is one transaction: the week item gets `approvedAt`, `approvedBy` and the figures
 *   it approves (`approvedActualMinutes`), its `version` incremented, on condition of the version read and of no
 *   approval; with its audit entry and `WeekApproved`. So an entry of hours that read the week before the approval
 *   fails on its condition, reads again, and is refused `week_approved`: an approved week never holds hours entered
 *   after it (the approved figures are the week's).
 * - **Reopening** removes the approval on the version read, keeps the reason in the audit entry and the week's
 *   `reopenings`, with `WeekReopened`.
 * - **Totals and exports** read the shifts of the weeks they span, one query of GSI2 (`TIME-WEEK#<monday>`) a week,
 *   and the people's contracts (rates, rulebooks) in one BatchGetItem; a production's shifts are one query of GSI1.
 */

/** A shift as the hours read it (part of `time-ports.ts`'s `StoredShift`): its day, week and version. */
export interface HoursShift extends Shift {
  /** The local day it starts (the school's zone) and that day's ISO week's Monday, YYYY-MM-DD. */
  day: string;
  monday: string;
  version: number;
  updatedAt?: string;
}

export interface WeekApproval {
  at: string;
  by: string;
  /** The actual minutes the week held when it was approved. */
  actualMinutes: number;
}

/** A person's week item: planned and actual minutes, its version and its approval. Absent: all 0, version 0. */
export interface PersonWeek {
  personId: string;
  monday: string;
  workedMinutes: number;
  actualMinutes: number;
  version: number;
  approved?: WeekApproval;
}

export interface Reopening {
  at: string;
  by: string;
  reason: string;
}

export interface TimeHoursStore {
  shift(shiftId: string): Promise<HoursShift | undefined>;
  /** The week items of these people and Mondays, in one BatchGetItem (absent ones as empty weeks, version 0). */
  weeks(keys: readonly { personId: string; monday: string }[]): Promise<PersonWeek[]>;
  /**
   * Saves the shift's actual times and adds `deltaMinutes` to its week's actual minutes, on the versions read and
   * that the week is not approved: `StaleVersionError` when either changed, nothing written.
   */
  recordActual(
    shift: HoursShift,
    week: PersonWeek,
    deltaMinutes: number,
    events: OutgoingEvent[],
  ): Promise<void>;
  /** Approves the week on the version read (`StaleVersionError` otherwise), with its audit entry and events. */
  approve(
    week: PersonWeek,
    approval: WeekApproval,
    audit: AuditEntry,
    events: OutgoingEvent[],
  ): Promise<void>;
  /** Removes the approval on the version read, keeping the reopening. */
  reopen(week: PersonWeek, reopening: Reopening, audit: AuditEntry, events: OutgoingEvent[]): Promise<void>;
  /** The shifts whose day is in the weeks of these Mondays (one query of GSI2 a week), of one person or all. */
  shiftsOfWeeks(mondays: readonly string[], personId?: string): Promise<HoursShift[]>;
  /** A project's (production's) shifts: one query of GSI1. */
  shiftsOfProject(projectId: string): Promise<HoursShift[]>;
  /** The contracts of these people, in one BatchGetItem. */
  contracts(personIds: readonly string[]): Promise<Map<string, StaffContract[]>>;
}

export interface TimeHoursPorts {
  hours: TimeHoursStore;
  directory: DirectoryReader;
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string; timeZone: string };
}
