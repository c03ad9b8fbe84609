import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { scopesHeld } from '#domain/identity/rights';
import { NotFoundError } from '#domain/shared/errors';
import type { DirectoryReader } from './directory-ports';
import { isActivated, type Person, type PersonSummary, type SchoolClass, summaryOf } from './person';

/** A person's sheet: their record, their class, and the family links the reader may follow. */
export interface PersonSheet extends Omit<Person, 'passwordSetAt'> {
  classLabel?: string;
  guardians?: PersonSummary[];
  children?: PersonSummary[];
  /** The classes a teacher teaches. */
  classes?: SchoolClass[];
  activated: boolean;
}

/** Rights are checked before the record is read, so a refusal says nothing of whether the person exists. */
export const readPerson = async (actor: Actor, personId: string, directory: DirectoryReader) => {
  await authorize(actor, 'people:read', { kind: 'person', personId }, directory);
  const person = await directory.person(personId);
  if (!person) throw new NotFoundError('person', personId);
  const sheet = await sheetOf(person, directory);
  // A pupil's other contacts (a grandparent, a neighbour) are for the school's staff: see `people:read-contacts`.
  const mayReadContacts = scopesHeld('people:read-contacts', actor.profiles).has('any');
  return person.contacts?.length && mayReadContacts ? { ...sheet, contacts: person.contacts } : sheet;
};

export const sheetOf = async (person: Person, directory: DirectoryReader): Promise<PersonSheet> => {
  const [guardianIds, childIds, taughtIds] = await Promise.all([
    person.profiles.includes('student') ? directory.guardiansOf(person.personId) : [],
    person.profiles.includes('guardian') ? directory.childrenOf(person.personId) : [],
    person.profiles.includes('teacher') ? directory.classesTaughtBy(person.personId) : [],
  ]);
  const relatives = await directory.people([...guardianIds, ...childIds]);
  const classes = await classesById(
    [...[person, ...relatives].flatMap(({ classId }) => (classId ? [classId] : [])), ...taughtIds],
    directory,
  );
  const { passwordSetAt: _, contacts: __, ...record } = person;
  const inList = (ids: readonly string[]) =>
    relatives
      .filter(({ personId }) => ids.includes(personId))
      .map((relative) => summaryOf(relative, classes));
  return {
    ...record,
    ...(person.classId && { classLabel: classes.get(person.classId)?.label }),
    ...(guardianIds.length > 0 && { guardians: inList(guardianIds) }),
    ...(childIds.length > 0 && { children: inList(childIds) }),
    ...(taughtIds.length > 0 && { classes: taughtIds.flatMap((classId) => classes.get(classId) ?? []) }),
    activated: isActivated(person),
  };
};

export const classesById = async (classIds: readonly string[], directory: DirectoryReader) => {
  const unique = [...new Set(classIds)];
  const classes = unique.length > 0 ? await directory.schoolClasses(unique) : [];
  return new Map(classes.map((schoolClass) => [schoolClass.classId, schoolClass]));
};
