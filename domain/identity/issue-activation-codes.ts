import type { DirectoryReader } from '#domain/people/directory-ports';
import { isActivated, type Person, type SchoolClass } from '#domain/people/person';
import type { PersonalDataChange } from '#domain/people/personal-data-change';
import { classesById } from '#domain/people/read-person';
import { NotFoundError, ValidationError } from '#domain/shared/errors';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import { type ActivationBatch, type BatchScope, familiesOf } from './activation-batch';
import { activationCodeLifetimeDays, hashActivationCode, newActivationCode } from './activation-code';
import { activationExpiry } from './activation-expiry';
import type { ActivationBatchContext, ActivationLetter, Signatory } from './activation-letter';
import { type Actor, fullName } from './actor';
import { authorize } from './authorize';
import type { StoredActivationCode, UsernameRegistry } from './identity-ports';
import { usernameCandidates } from './username';

/** The directory reads a batch needs beyond a person's own record. */
export interface BatchDirectory extends DirectoryReader {
  classesOfLevel(level: string): Promise<string[]>;
  notActivated(): Promise<Person[]>;
  withProfile(profile: string): Promise<Person[]>;
}

export interface BatchStore {
  /**
   * Stores the codes' hashes, the people's new usernames, an audit entry per person and the batch, before any
   * document shows a code.
   */
  save(
    batch: ActivationBatch,
    codes: StoredActivationCode[],
    named: Person[],
    changes: PersonalDataChange[],
  ): Promise<void>;
}

export interface IssuePorts {
  directory: BatchDirectory;
  usernames: UsernameRegistry;
  batches: BatchStore;
  clock: Clock;
  newId: IdGenerator;
  school: {
    name: string;
    timeZone: string;
    activationUrl: string;
    address?: readonly string[];
    signatory?: Signatory;
  };
}

/**
 * Issues one-time codes to everyone in the scope who has no account yet, and the letters that carry them: one per
 * family. The plain codes leave this function only inside the letters.
 */
export const issueActivationCodes = async (actor: Actor, scope: BatchScope, ports: IssuePorts) => {
  const concerns = scope.scope === 'school-admins' ? 'school-admins' : 'anyone';
  await authorize(actor, 'accounts:issue-codes', { kind: 'accounts', concerns }, ports.directory);
  const people = (await peopleInScope(scope, ports.directory)).filter((person) => !isActivated(person));
  if (people.length === 0)
    throw new ValidationError('scope', 'has nobody left without an account', 'nobody_left');

  const now = ports.clock.now();
  const batchId = ports.newId();
  const { validUntil, expiresAt } = activationExpiry(now, ports.school.timeZone, activationCodeLifetimeDays);
  const named = await withUsernames(people, ports.usernames);
  const codes = new Map(named.map((person) => [person.personId, newActivationCode()]));
  const families = familiesOf({ people: named, childrenOf: await childLinks(named, ports.directory) });
  const batch: ActivationBatch = {
    batchId,
    scope,
    createdAt: now.toISOString(),
    expiresAt,
    createdBy: actor.personId,
    accounts: named.length,
    letters: families.length,
  };
  await ports.batches.save(
    batch,
    named.map((person) => ({
      codeHash: hashActivationCode(codes.get(person.personId) ?? ''),
      personId: person.personId,
      batchId,
      issuedAt: batch.createdAt,
      expiresAt,
    })),
    named.filter((person, index) => person.username !== people[index]?.username),
    named.map((person, index) => ({
      changeId: ports.newId(),
      personId: person.personId,
      at: batch.createdAt,
      by: { personId: actor.personId, name: fullName(actor) },
      what: 'activation-code-issued',
      fields:
        person.username === people[index]?.username ? [] : [{ field: 'username', after: person.username }],
    })),
  );
  const context: ActivationBatchContext = {
    schoolName: ports.school.name,
    schoolAddress: ports.school.address,
    signatory: ports.school.signatory,
    activationUrl: ports.school.activationUrl,
    validUntil,
    createdAt: batch.createdAt,
    timeZone: ports.school.timeZone,
  };
  const classes = await classesById(
    named.flatMap(({ classId }) => classId ?? []),
    ports.directory,
  );
  const letters = families.map((family) => letterOf(family, codes, classes));
  return { batch, letters, context };
};

const peopleInScope = async (scope: BatchScope, directory: BatchDirectory): Promise<Person[]> => {
  switch (scope.scope) {
    case 'class':
      if (!(await directory.schoolClass(scope.classId))) throw new NotFoundError('class', scope.classId);
      return withGuardians(await directory.studentsOf(scope.classId), directory);
    case 'level': {
      const classIds = await directory.classesOfLevel(scope.level);
      if (classIds.length === 0)
        throw new ValidationError('level', `has no class: ${scope.level}`, 'unknown_id');
      const students = await Promise.all(classIds.map((classId) => directory.studentsOf(classId)));
      return withGuardians(students.flat(), directory);
    }
    case 'not-activated':
      return directory.notActivated();
    case 'school-admins':
      return directory.withProfile('school-admin');
  }
};

/** A class's letters go to families: the students' guardians get their codes in the same letter. */
const withGuardians = async (students: Person[], directory: DirectoryReader) => {
  const guardianIds = (
    await Promise.all(students.map(({ personId }) => directory.guardiansOf(personId)))
  ).flat();
  const guardians = await directory.people([...new Set(guardianIds)]);
  return [...students, ...guardians];
};

const withUsernames = async (people: Person[], usernames: UsernameRegistry) => {
  const named: Person[] = [];
  for (const person of people) {
    if (person.username) {
      named.push(person);
      continue;
    }
    for (const candidate of usernameCandidates(person)) {
      if (await usernames.reserve(candidate, person.personId)) {
        named.push({ ...person, username: candidate, version: person.version + 1 });
        break;
      }
    }
  }
  return named;
};

const childLinks = async (people: Person[], directory: DirectoryReader) => {
  const guardians = people.filter(({ profiles }) => profiles.includes('guardian'));
  const children = await Promise.all(guardians.map(({ personId }) => directory.childrenOf(personId)));
  return new Map(guardians.map(({ personId }, index) => [personId, children[index] ?? []]));
};

const letterOf = (
  family: Person[],
  codes: ReadonlyMap<string, string>,
  classes: ReadonlyMap<string, SchoolClass>,
): ActivationLetter => {
  const guardians = family.filter(({ profiles }) => !profiles.includes('student'));
  return {
    addressees: (guardians.length > 0 ? guardians : family).map(fullName),
    accounts: family.map((person) => ({
      firstName: person.firstName,
      lastName: person.lastName,
      profile: person.profiles.includes('student') ? 'student' : (person.profiles[0] ?? 'guardian'),
      ...(person.classId && { classLabel: classes.get(person.classId)?.label }),
      username: person.username ?? '',
      code: codes.get(person.personId) ?? '',
    })),
  };
};
