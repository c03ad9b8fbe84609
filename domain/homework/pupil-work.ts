import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { AccessDeniedError, NotFoundError, ValidationError } from '#domain/shared/errors';
import { byDueDay } from './decide-homework';
import { dueSpanDays } from './homework';
import type { HomeworkPorts } from './homework-ports';
import { requireSession } from './session-book';

const pupilClasses = (pupil: { classId?: string; groupIds?: string[] }) =>
  [pupil.classId, ...(pupil.groupIds ?? [])].filter((id): id is string => id !== undefined);

const requirePupil = async (pupilId: string, ports: Pick<HomeworkPorts, 'directory'>) => {
  const pupil = await ports.directory.person(pupilId);
  if (!pupil?.profiles.includes('student')) throw new NotFoundError('pupil', pupilId);
  return pupil;
};

/**
 * A pupil's work by due day, from today over the two weeks after unless told: the pupil's, their guardians' and
 * their teachers'; to anyone else the pupil does not exist. The works of the pupil's class and groups (one query
 * each) and the pupil's ticks (one query).
 */
export const readDueWork = async (
  pupilId: string,
  span: { from?: string; to?: string },
  actor: Actor,
  ports: HomeworkPorts,
) => {
  await authorize(actor, 'homework:read', { kind: 'person', personId: pupilId }, ports.directory);
  const pupil = await requirePupil(pupilId, ports);
  const today = todayInZone(ports.clock.now(), ports.school.timeZone);
  const from = span.from ?? today;
  const to = span.to ?? plusDays(from, dueSpanDays);
  if (to < from) throw new ValidationError('to', 'must not be before from', 'too_small');
  if (to > plusDays(from, 62))
    throw new ValidationError('to', 'must be at most 62 days after from', 'too_large', 62);
  const [works, done] = await Promise.all([
    ports.homework.dueFor(pupilClasses(pupil), from, to),
    ports.homework.doneBy(pupilId, from, to),
  ]);
  return {
    pupil: { personId: pupil.personId, firstName: pupil.firstName, lastName: pupil.lastName },
    /** The pupil's class and groups: their books' shelves. */
    classIds: pupilClasses(pupil),
    today,
    from,
    to,
    days: byDueDay(works.map((work) => ({ ...work, done: done.has(work.workId) }))),
  };
};

/** A pupil ticks a work done, or not, for themself alone: a work of a session of their class or groups. */
export const tickWork = async (
  pupilId: string,
  input: { activityId: string; seriesDate: string; workId: string; done: boolean },
  actor: Actor,
  ports: HomeworkPorts,
) => {
  if (actor.personId !== pupilId || !actor.profiles.includes('student'))
    throw new AccessDeniedError(actor.personId, 'homework:tick', `pupil ${pupilId}`, true);
  const pupil = await requirePupil(pupilId, ports);
  const ref = { activityId: input.activityId, seriesDate: input.seriesDate };
  const [session, entry] = await Promise.all([requireSession(ref, ports), ports.homework.entry(ref)]);
  const work = entry?.works.find((each) => each.workId === input.workId);
  const classes = pupilClasses(pupil);
  if (!work || !session.classIds.some((classId) => classes.includes(classId)))
    throw new NotFoundError('work', input.workId);
  await ports.homework.markDone(pupilId, work, input.done);
  return { workId: work.workId, dueDate: work.dueDate, done: input.done };
};
