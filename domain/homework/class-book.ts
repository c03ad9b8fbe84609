import { type Actor, fullName } from '#domain/identity/actor';
import type { Relations } from '#domain/identity/authorize';
import { authorize } from '#domain/identity/authorize';
import { scopesHeld } from '#domain/identity/rights';
import type { SchoolClass } from '#domain/people/person';
import { schoolYearOf } from '#domain/shared/calendar/school-year';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { AccessDeniedError, NotFoundError, ValidationError } from '#domain/shared/errors';
import type { BookKind } from './homework';
import type { HomeworkPorts } from './homework-ports';

export interface BookPorts extends HomeworkPorts {
  classes: { schoolClass(classId: string): Promise<SchoolClass | undefined> };
}

/**
 * The book of a class or a teacher for a school year (September to August), as the head of school and the readers
 * the school named (inspectors) read it and export it; a teacher reads their own. Each entry at its last version;
 * its history is on the session's page.
 */
export const readBook = async (
  kind: BookKind,
  id: string,
  year: string | undefined,
  actor: Actor,
  ports: BookPorts,
) => {
  const ownBook = kind === 'teacher' && id === actor.personId && actor.profiles.includes('teacher');
  const school = scopesHeld('homework:read-book', actor.profiles).has('any');
  if (!ownBook && !school && !(await ports.homework.isReader(actor.personId)))
    throw new AccessDeniedError(actor.personId, 'homework:read-book', `${kind} ${id}`, true);
  const label = await bookLabel(kind, id, ports);
  const schoolYear = year ?? schoolYearOf(todayInZone(ports.clock.now(), ports.school.timeZone));
  const start = Number(schoolYear.slice(0, 4));
  const from = `${start}-08-01`;
  const to = `${start + 1}-07-31`;
  const entries = await ports.homework.book(kind, id, from, to);
  return { kind, id, label, schoolYear, entries };
};

const bookLabel = async (kind: BookKind, id: string, ports: BookPorts) => {
  if (kind === 'class') {
    const schoolClass = await ports.classes.schoolClass(id);
    if (!schoolClass) throw new NotFoundError('class', id);
    return schoolClass.label;
  }
  const teacher = await ports.directory.person(id);
  if (!teacher?.profiles.includes('teacher')) throw new NotFoundError('teacher', id);
  return fullName(teacher);
};

/**
 * The readers of the school's books: people the head of school names (an inspector, given an account by the
 * school), who read every class's and teacher's book and write nothing. A right granted to named people rather
 * than a new profile: a profile would reach every table of rights, the menus and the imports.
 */
export const listReaders = async (actor: Actor, ports: HomeworkPorts, relations: Relations) => {
  await authorize(actor, 'homework:grant-readers', { kind: 'school' }, relations);
  const readers = await ports.homework.readers();
  const people = await ports.directory.people(readers.map((reader) => reader.personId));
  const names = new Map(people.map((person) => [person.personId, fullName(person)]));
  return readers.map((reader) => ({ ...reader, name: names.get(reader.personId) ?? reader.personId }));
};

export const grantReader = async (
  personId: string,
  actor: Actor,
  ports: HomeworkPorts,
  relations: Relations,
) => {
  await authorize(actor, 'homework:grant-readers', { kind: 'school' }, relations);
  const person = await ports.directory.person(personId);
  if (!person || person.status === 'retired' || person.profiles.includes('student'))
    throw new ValidationError('personId', 'must be an adult of the school', 'unknown_id');
  await ports.homework.grantReader(personId, actor.personId, ports.clock.now().toISOString());
  return { personId, name: fullName(person) };
};

export const revokeReader = async (
  personId: string,
  actor: Actor,
  ports: HomeworkPorts,
  relations: Relations,
) => {
  await authorize(actor, 'homework:grant-readers', { kind: 'school' }, relations);
  await ports.homework.revokeReader(personId);
};
