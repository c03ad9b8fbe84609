import { type Actor, fullName } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import { NotFoundError } from '#domain/shared/errors';
import { maxShelfLinks, type ShelfLink } from './homework';
import type { HomeworkPorts } from './homework-ports';
import { requireReaderOf } from './session-readers';

/**
 * Beside a class's or a group's book, its shelf: links its teachers chose, each with a comment (« sélection
 * commentée de sites »), read by those who read the class's book. Documents may follow (work groups' uploads).
 */
export const readShelf = async (classId: string, actor: Actor, ports: HomeworkPorts) => {
  await requireReaderOf(actor, [classId], `shelf of class ${classId}`, ports);
  return { classId, links: await ports.homework.shelf(classId) };
};

/** Its teachers, the staff and the head of school add to a class's shelf and take links off it. */
export const addShelfLink = async (
  classId: string,
  input: { url: string; title: string; comment: string },
  actor: Actor,
  ports: HomeworkPorts,
  relations: Relations,
) => {
  await authorize(actor, 'homework:shelf', { kind: 'class', classId }, relations);
  const link: ShelfLink = {
    linkId: ports.newId(),
    classId,
    ...input,
    addedBy: { personId: actor.personId, name: fullName(actor) },
    addedAt: ports.clock.now().toISOString(),
  };
  await ports.homework.addShelfLink(link, maxShelfLinks);
  return link;
};

export const removeShelfLink = async (
  classId: string,
  linkId: string,
  actor: Actor,
  ports: HomeworkPorts,
  relations: Relations,
) => {
  await authorize(actor, 'homework:shelf', { kind: 'class', classId }, relations);
  if (!(await ports.homework.removeShelfLink(classId, linkId))) throw new NotFoundError('link', linkId);
};
