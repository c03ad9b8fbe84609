import type { DirectoryReader } from '#domain/people/directory-ports';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { LiaisonCopy, LiaisonNote } from './liaison-note';

/**
 * The lists of guardians a note goes to: the part of the school's audiences (`AudiencePort` of the messages, whose
 * `membersOf` takes these and more) that the liaison book uses. Person ids, each once.
 */
export type GuardianAudience =
  | { kind: 'pupil-guardians'; personId: string }
  | { kind: 'class-guardians'; classId: string }
  | { kind: 'level-guardians'; level: string };

export interface GuardianAudiencePort {
  membersOf(audience: GuardianAudience): Promise<string[]>;
}

/** How a signature went: written now, there already (the first one holds), or no copy for this guardian. */
export type SignOutcome = { signed: string } | { alreadySignedAt: string } | 'no-copy';

export interface LiaisonStore {
  /** A note, read strongly (its counter, its last reminder). */
  get(noteId: string): Promise<LiaisonNote | undefined>;
  /** Stores a new note and the events announcing it, together. */
  add(note: LiaisonNote, events: readonly OutgoingEvent[]): Promise<void>;
  /** Writes the copies of the guardians given that have none yet (a copy signed is never written again). */
  addMissingCopies(note: LiaisonNote, guardianIds: readonly string[]): Promise<number>;
  /** Writes copies of a note just stored, which nobody can have signed yet: in batches, no read first. */
  addNewCopies(note: LiaisonNote, guardianIds: readonly string[]): Promise<void>;
  copy(noteId: string, guardianId: string): Promise<LiaisonCopy | undefined>;
  /** Every copy of a note, signed or not. */
  copies(noteId: string): Promise<LiaisonCopy[]>;
  /** Signs a copy once: a conditional write, which also counts the signature on the note. */
  sign(noteId: string, guardianId: string, at: string): Promise<SignOutcome>;
  /** Records today's reminder with its events, unless one was recorded today already: false then. */
  remind(noteId: string, today: string, events: readonly OutgoingEvent[]): Promise<boolean>;
  /** A guardian's copies, newest first (the most recent `limit`). */
  received(guardianId: string, limit: number): Promise<LiaisonCopy[]>;
  /** The notes about a pupil, their class or their level, newest first. */
  about(targets: readonly string[], limit: number): Promise<LiaisonNote[]>;
  writtenBy(authorId: string, limit: number): Promise<LiaisonNote[]>;
}

export interface LiaisonPorts {
  notes: LiaisonStore;
  audience: GuardianAudiencePort;
  directory: Pick<
    DirectoryReader,
    | 'person'
    | 'people'
    | 'schoolClass'
    | 'schoolClasses'
    | 'childrenOf'
    | 'classesTaughtBy'
    | 'isGuardianOf'
    | 'teachesClass'
    | 'teachesStudent'
    | 'classesOf'
  >;
  clock: Clock;
  /** Today's date in the school's time zone, YYYY-MM-DD. */
  today(): string;
  newId: IdGenerator;
  school: { schoolId: string };
}
