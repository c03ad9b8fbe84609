import { type Actor, fullName } from '#domain/identity/actor';
import { NotFoundError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import { newEvent } from '#events/envelope';
import { homeworkGiven, sessionEntryWritten } from '#events/homework/homework-events';
import { laterSessions, newlyGiven, requireTeacherOf, resolveWorks, sameSession } from './decide-homework';
import type { EntryInput, SessionEntry, SessionRef } from './homework';
import type { HomeworkPorts } from './homework-ports';
import { readsHistory, requireReaderOf } from './session-readers';

const describe = (ref: SessionRef) => `session ${ref.activityId} ${ref.seriesDate}`;

export const requireSession = async (ref: SessionRef, ports: Pick<HomeworkPorts, 'sessions'>) => {
  const session = await ports.sessions.session(ref);
  if (!session) throw new NotFoundError('session', `${ref.activityId}/${ref.seriesDate}`);
  return session;
};

/**
 * A session's page: the session as planned, its entry, and for those who keep the record its history; for its
 * teacher, the later sessions of the course work may be due for.
 */
export const readSession = async (ref: SessionRef, actor: Actor, ports: HomeworkPorts) => {
  const session = await requireSession(ref, ports);
  const reader = await requireReaderOf(actor, session.classIds, describe(ref), ports, session);
  const [entry, history, course] = await Promise.all([
    ports.homework.entry(ref),
    readsHistory(reader) ? ports.homework.history(ref) : Promise.resolve(undefined),
    reader === 'teacher' ? ports.sessions.sessionsOfCourse(session.projectId) : Promise.resolve(undefined),
  ]);
  return {
    session,
    entry: entry ?? null,
    mayWrite: reader === 'teacher',
    ...(history && { history }),
    ...(course && { laterSessions: laterSessions(session, course) }),
  };
};

/**
 * Writes a session's entry, as a new version (the ones before are kept: the book is an official record).
 * 1. The session as planned now; only its teachers write in it.
 * 2. The version read must still be the entry's: two teachers never overwrite each other unknowingly.
 * 3. Each work is due after the session: on a day, or at a later session of the same course.
 * 4. The entry, its version in the history, the pupils' lists and the events are stored in one transaction.
 */
export const writeSessionEntry = async (
  ref: SessionRef,
  input: EntryInput,
  actor: Actor,
  ports: HomeworkPorts,
) => {
  const session = await requireSession(ref, ports);
  if (!session.teacherIds.includes(actor.personId))
    await requireReaderOf(actor, session.classIds, describe(ref), ports, session);
  requireTeacherOf(actor, session);
  const previous = await ports.homework.entry(ref);
  if (input.version !== previous?.version)
    throw new StaleVersionError('session entry', `${ref.activityId}/${ref.seriesDate}`, input.version ?? 0);
  const course = input.works.some((work) => work.dueSession)
    ? await ports.sessions.sessionsOfCourse(session.projectId)
    : [];
  const works = resolveWorks(input.works, session, course, previous?.works ?? [], ports.newId);
  const now = ports.clock.now().toISOString();
  const entry: SessionEntry = {
    session,
    content: input.content,
    links: input.links,
    works,
    version: (previous?.version ?? 0) + 1,
    writtenBy: { personId: actor.personId, name: fullName(actor) },
    writtenAt: now,
  };
  const context = { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: now };
  const about = {
    activityId: session.activityId,
    seriesDate: session.seriesDate,
    projectId: session.projectId,
    title: session.title,
    date: session.date,
    classIds: session.classIds,
  };
  const given = newlyGiven(works, previous?.works);
  const events = [
    newEvent(sessionEntryWritten, { ...about, version: entry.version, writtenBy: actor.personId }, context),
    ...(given.length > 0
      ? [
          newEvent(
            homeworkGiven,
            {
              ...about,
              givenBy: actor.personId,
              works: given.map(({ workId, dueDate }) => ({ workId, dueDate })),
            },
            context,
          ),
        ]
      : []),
  ];
  await ports.homework.save(entry, previous, events);
  return entry;
};

/**
 * Copies a session's content, links and the work still due after the target's day onto another session the
 * teacher gives (the same lesson to another class): a new version of the target's entry.
 */
export const copySessionEntry = async (
  from: SessionRef,
  to: SessionRef,
  actor: Actor,
  ports: HomeworkPorts,
) => {
  if (sameSession(from, to))
    throw new ValidationError('to', 'must be another session than the one copied', 'copy_onto_itself');
  const source = await requireSession(from, ports);
  await requireReaderOf(actor, source.classIds, describe(from), ports, source);
  const [entry, target] = await Promise.all([ports.homework.entry(from), requireSession(to, ports)]);
  if (!entry) throw new NotFoundError('session entry', `${from.activityId}/${from.seriesDate}`);
  const current = await ports.homework.entry(to);
  return writeSessionEntry(
    to,
    {
      content: entry.content,
      links: entry.links,
      works: entry.works
        .filter((work) => work.dueDate > target.date)
        .map(({ text, dueDate }) => ({ text, dueDate })),
      version: current?.version,
    },
    actor,
    ports,
  );
};
