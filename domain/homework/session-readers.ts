import type { Actor } from '#domain/identity/actor';
import { scopesHeld } from '#domain/identity/rights';
import { AccessDeniedError } from '#domain/shared/errors';
import { teachesSession } from './decide-homework';
import type { Session } from './homework';
import type { HomeworkPorts } from './homework-ports';

/**
 * How a person reads a session's entry, or a class's shelf: its teacher (who writes it), the school's head and
 * staff, a reader the school named (an inspector), a teacher of one of its classes, a pupil of its classes, a
 * guardian of such a pupil. To anyone else it does not exist (404): a session names its classes.
 */
export type ReaderKind = 'teacher' | 'school' | 'inspector' | 'colleague' | 'pupil' | 'guardian';

export const readerOfClasses = async (
  actor: Actor,
  classIds: readonly string[],
  ports: Pick<HomeworkPorts, 'homework' | 'directory'>,
  session?: Session,
): Promise<ReaderKind | undefined> => {
  if (session && teachesSession(actor, session)) return 'teacher';
  if (scopesHeld('homework:read', actor.profiles).has('any')) return 'school';
  if (await ports.homework.isReader(actor.personId)) return 'inspector';
  const profiles = new Set(actor.profiles);
  const among = (ids: readonly string[]) => ids.some((id) => classIds.includes(id));
  if (profiles.has('teacher')) {
    for (const classId of classIds)
      if (await ports.directory.teachesClass(actor.personId, classId)) return 'colleague';
  }
  if (profiles.has('student') && among(await ports.directory.classesOf(actor.personId))) return 'pupil';
  if (profiles.has('guardian')) {
    for (const childId of await ports.directory.childrenOf(actor.personId))
      if (among(await ports.directory.classesOf(childId))) return 'guardian';
  }
  return undefined;
};

export const requireReaderOf = async (
  actor: Actor,
  classIds: readonly string[],
  what: string,
  ports: Pick<HomeworkPorts, 'homework' | 'directory'>,
  session?: Session,
) => {
  const kind = await readerOfClasses(actor, classIds, ports, session);
  if (!kind) throw new AccessDeniedError(actor.personId, 'homework:read', what, true);
  return kind;
};

/** Those who keep the record read its history: who wrote what, and when. */
export const readsHistory = (kind: ReaderKind) =>
  kind === 'teacher' || kind === 'school' || kind === 'inspector';
