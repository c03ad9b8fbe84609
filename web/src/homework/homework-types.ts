import type {
  BookKind,
  DueWork,
  Link,
  Session,
  SessionEntry,
  SessionRef,
  ShelfLink,
  Work,
} from '#domain/homework/homework';

export type { BookKind, DueWork, Link, Session, SessionEntry, SessionRef, ShelfLink, Work };

/** A session's page as the API gives it: its history for those who keep the record, later sessions for its teacher. */
export interface SessionPageData {
  session: Session;
  entry: SessionEntry | null;
  mayWrite: boolean;
  history?: SessionEntry[];
  laterSessions?: Session[];
}

/** A pupil's work, by due day. */
export interface DueList {
  pupil: { personId: string; firstName: string; lastName: string };
  classIds: string[];
  today: string;
  from: string;
  to: string;
  days: { date: string; works: (DueWork & { done: boolean })[] }[];
}

export interface Book {
  kind: BookKind;
  id: string;
  label: string;
  schoolYear: string;
  entries: SessionEntry[];
}

/** What a teacher sends for a session: each work due at a later session or on a day. */
export interface EntryDraft {
  content: string;
  links: Link[];
  works: { workId?: string; text: string; dueDate?: string; dueSession?: SessionRef }[];
  version?: number;
}

/** Someone the head of school named to read every book (an inspector). */
export interface BookReader {
  personId: string;
  name: string;
  grantedBy: string;
  grantedAt: string;
}
