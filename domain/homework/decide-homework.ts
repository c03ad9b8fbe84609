import type { Actor } from '#domain/identity/actor';
import { RefusedError, ValidationError } from '#domain/shared/errors';
import type { Session, SessionRef, Work, WorkInput } from './homework';

export const sameSession = (a: SessionRef, b: SessionRef) =>
  a.activityId === b.activityId && a.seriesDate === b.seriesDate;

/** A teacher writes only in the sessions they give: the teachers of the occurrence (a substitute's once moved to them). */
export const teachesSession = (actor: Actor, session: Session) =>
  actor.profiles.includes('teacher') && session.teacherIds.includes(actor.personId);

export const requireTeacherOf = (actor: Actor, session: Session) => {
  if (!teachesSession(actor, session))
    throw new RefusedError('not_your_session', 'Only the teachers of a session write in its entry');
};

/** The later sessions of the course work may be due for: after the session's day, nearest first. */
export const laterSessions = (session: Session, courseSessions: readonly Session[], atMost = 8) =>
  courseSessions
    .filter((other) => other.date > session.date && !sameSession(other, session))
    .filter((other) => other.classIds.some((classId) => session.classIds.includes(classId)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start))
    .slice(0, atMost);

/**
 * The work given in a session, each due on a day after the session: the day given, or the day of the later session
 * of the same course it is due for. A work keeps its id across edits (a pupil's tick stays on it); any other id is
 * new. Every problem is named at once.
 */
export const resolveWorks = (
  inputs: readonly WorkInput[],
  session: Session,
  courseSessions: readonly Session[],
  previous: readonly Work[],
  newId: () => string,
): Work[] => {
  const problems: ValidationError[] = [];
  const kept = new Set(previous.map((work) => work.workId));
  const used = new Set<string>();
  const works = inputs.map((input, index): Work | undefined => {
    const field = `works.${index}`;
    if (input.dueDate !== undefined && input.dueSession !== undefined) {
      problems.push(
        new ValidationError(`${field}.dueDate`, 'name a day or a session, not both', 'due_twice'),
      );
      return undefined;
    }
    const workId =
      input.workId !== undefined && kept.has(input.workId) && !used.has(input.workId)
        ? input.workId
        : newId();
    used.add(workId);
    if (input.dueSession !== undefined) {
      const { activityId, seriesDate } = input.dueSession;
      const due = courseSessions.find((other) => sameSession(other, { activityId, seriesDate }));
      if (!due || due.projectId !== session.projectId || due.date <= session.date) {
        problems.push(
          new ValidationError(
            `${field}.dueSession`,
            'must be a later session of the same course',
            'due_not_a_later_session',
          ),
        );
        return undefined;
      }
      return { workId, text: input.text, dueDate: due.date, dueSession: { activityId, seriesDate } };
    }
    if (input.dueDate === undefined) {
      problems.push(new ValidationError(`${field}.dueDate`, 'name the day the work is due', 'required'));
      return undefined;
    }
    if (input.dueDate <= session.date) {
      problems.push(
        new ValidationError(
          `${field}.dueDate`,
          'must be after the day of the session',
          'due_not_after_session',
        ),
      );
      return undefined;
    }
    return { workId, text: input.text, dueDate: input.dueDate };
  });
  const [first, ...others] = problems;
  if (first) throw ValidationError.of([first, ...others]);
  return works as Work[];
};

/** The works of an entry that were not in its previous version: those a `HomeworkGiven` announces. */
export const newlyGiven = (works: readonly Work[], previous: readonly Work[] = []) => {
  const before = new Set(previous.map((work) => work.workId));
  return works.filter((work) => !before.has(work.workId));
};

/** A pupil's list: the works by due day, the nearest first (« Pour demain » is the first when it is tomorrow). */
export const byDueDay = <W extends { dueDate: string; session: { date: string; title: string } }>(
  works: readonly W[],
) => {
  const days = new Map<string, W[]>();
  for (const work of [...works].sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      a.session.date.localeCompare(b.session.date) ||
      a.session.title.localeCompare(b.session.title),
  )) {
    days.set(work.dueDate, [...(days.get(work.dueDate) ?? []), work]);
  }
  return [...days].map(([date, dayWorks]) => ({ date, works: dayWorks }));
};
