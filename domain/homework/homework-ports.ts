import type { DirectoryReader } from '#domain/people/directory-ports';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { OutgoingEvent } from '#events/envelope';
import type { BookKind, DueWork, Session, SessionEntry, SessionRef, ShelfLink } from './homework';

/** The planning, as the book reads it: a session, and the sessions of a course. */
export interface SessionFinder {
  /** The occurrence of an activity on its series date, as planned now (moved or not); none once cancelled. */
  session(ref: SessionRef): Promise<Session | undefined>;
  /** Every session of the course (the project) an activity belongs to, in time order. */
  sessionsOfCourse(projectId: string): Promise<Session[]>;
}

export interface HomeworkStore {
  entry(ref: SessionRef): Promise<SessionEntry | undefined>;
  /** Every version of a session's entry, the first first. */
  history(ref: SessionRef): Promise<SessionEntry[]>;
  /**
   * Stores a new version of an entry with its events, on condition that the entry is still at `previous`'s
   * version (none: that it has none yet): `StaleVersionError` otherwise, and nothing is written.
   */
  save(
    entry: SessionEntry,
    previous: SessionEntry | undefined,
    events: readonly OutgoingEvent[],
  ): Promise<void>;
  /** The work due in a span for classes and groups: one query per class. */
  dueFor(classIds: readonly string[], from: string, to: string): Promise<DueWork[]>;
  /** The works a pupil ticked done, due in a span: one query. */
  doneBy(pupilId: string, from: string, to: string): Promise<Set<string>>;
  markDone(pupilId: string, work: { workId: string; dueDate: string }, done: boolean): Promise<void>;
  /** A class's or a teacher's book over a span, by day. */
  book(kind: BookKind, id: string, from: string, to: string): Promise<SessionEntry[]>;
  /** The people the school lets read its books (inspectors). */
  readers(): Promise<{ personId: string; grantedBy: string; grantedAt: string }[]>;
  isReader(personId: string): Promise<boolean>;
  grantReader(personId: string, grantedBy: string, grantedAt: string): Promise<void>;
  revokeReader(personId: string): Promise<void>;
  shelf(classId: string): Promise<ShelfLink[]>;
  /** Adds a link unless the shelf already holds `atMost` (`ShelfFullError`), counted by a conditional write. */
  addShelfLink(link: ShelfLink, atMost: number): Promise<void>;
  removeShelfLink(classId: string, linkId: string): Promise<boolean>;
}

export interface HomeworkPorts {
  homework: HomeworkStore;
  sessions: SessionFinder;
  directory: Pick<
    DirectoryReader,
    'person' | 'people' | 'isGuardianOf' | 'teachesClass' | 'teachesStudent' | 'classesOf' | 'childrenOf'
  >;
  clock: Clock;
  newId: IdGenerator;
  school: { schoolId: string; timeZone: string };
}
