import type { DirectoryReader } from '#domain/people/directory-ports';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { Justification } from './justification';
import type { JustificationDocuments } from './justification-documents';
import type { AbsenceItem } from './register';

/** What the absences read and write in the school table: every read a key look-up or one partition's span. */
export interface AbsenceStore {
  /**
   * A pupil's absences and lateness whose day is in the span, and the justifications whose span meets it: one
   * query (they share a key range in the pupil's partition).
   */
  periodOf(
    pupilId: string,
    from: string,
    to: string,
  ): Promise<{ absences: AbsenceItem[]; justifications: Justification[] }>;
  justification(pupilId: string, justificationId: string): Promise<Justification | undefined>;
  /**
   * Stores a new justification, pending, in the staff's list; with its document, claims the upload's declaration
   * in the same write (`ConflictError('document_already_used')` if another declaration took it first).
   */
  declare(justification: Justification): Promise<void>;
  /**
   * Stores staff's decision on condition that the justification is still pending at `version`, with its events:
   * `StaleVersionError` if it changed since, `ConflictError('already_decided')` if decided; nothing written then.
   */
  decide(decided: Justification, version: number, events: readonly OutgoingEvent[]): Promise<void>;
  /** The justifications awaiting staff, the oldest first. */
  pending(): Promise<Justification[]>;
  /** Flags a pupil for a month, once: false when already flagged (a conditional put). */
  flag(month: string, pupilId: string, count: number, flaggedAt: string): Promise<boolean>;
  flagged(month: string): Promise<{ pupilId: string; count: number; flaggedAt: string }[]>;
  /** The people holding the staff profile (vie scolaire), told of a flagged pupil. */
  staffIds(): Promise<string[]>;
}

export interface AbsencePorts {
  absences: AbsenceStore;
  directory: Pick<
    DirectoryReader,
    | 'person'
    | 'people'
    | 'isGuardianOf'
    | 'teachesClass'
    | 'teachesStudent'
    | 'classesOf'
    | 'guardiansOf'
    | 'studentsOf'
  >;
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string; timeZone: string };
  /** The documents joined to reasons: only the handlers that declare or download them have the bucket. */
  documents?: JustificationDocuments;
}
