import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { scopesHeld } from '#domain/identity/rights';
import { AccessDeniedError, NotFoundError } from '#domain/shared/errors';
import type { DirectoryReader } from './directory-ports';
import { type PersonSummary, type SchoolClass, summaryOf } from './person';

/** The classes the actor may see: all of them for the staff, their own for a teacher. */
export const listClasses = async (actor: Actor, directory: DirectoryReader): Promise<SchoolClass[]> => {
  const scopes = scopesHeld('classes:read', actor.profiles);
  if (scopes.has('any')) return directory.schoolClasses();
  if (scopes.has('own-classes')) {
    const classIds = await directory.classesTaughtBy(actor.personId);
    return classIds.length > 0 ? directory.schoolClasses(classIds) : [];
  }
  throw new AccessDeniedError(actor.personId, 'classes:read', 'the list of classes', true);
};

export const listClassStudents = async (
  actor: Actor,
  classId: string,
  directory: DirectoryReader,
): Promise<PersonSummary[]> => {
  await authorize(actor, 'classes:read', { kind: 'class', classId }, directory);
  const schoolClass = await directory.schoolClass(classId);
  if (!schoolClass) throw new NotFoundError('class', classId);
  const students = await directory.studentsOf(classId);
  const classes = new Map([[classId, schoolClass]]);
  return students.map((student) => summaryOf(student, classes));
};
