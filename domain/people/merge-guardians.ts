import { type Actor, fullName } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { NotFoundError, ValidationError } from '#domain/shared/errors';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { DirectoryReader } from './directory-ports';
import type { GuardianLink } from './directory-state';
import { isActivated, type Person } from './person';
import type { PersonalDataChange } from './personal-data-change';

export interface GuardianMerge {
  kept: Person;
  retired: Person[];
  addLinks: GuardianLink[];
  removeLinks: GuardianLink[];
  changes: PersonalDataChange[];
}

export interface MergeWriter {
  /** Puts and deletes of whole items, so that a merge cut short can be made again. */
  writeMerge(merge: GuardianMerge): Promise<void>;
  forgetDuplicateGroup(personIds: readonly string[]): Promise<void>;
}

/**
 * Merges guardian records into one: the kept record gains the others' children, source ids and any contact
 * detail it lacks; the others are retired, pointing to it, with their history. Accounts are never merged: at most
 * one of the records may have one.
 */
export const mergeGuardians = async (
  actor: Actor,
  keepId: string,
  mergeIds: string[],
  ports: { directory: DirectoryReader; writer: MergeWriter; clock: Clock; newId: IdGenerator },
) => {
  await authorize(actor, 'directory:merge', { kind: 'school' }, ports.directory);
  if (mergeIds.length === 0)
    throw new ValidationError('mergeIds', 'must name at least one record to merge', 'required');
  if (mergeIds.includes(keepId))
    throw new ValidationError('mergeIds', 'must not include the record kept', 'invalid');
  const [kept, ...others] = await Promise.all(
    [keepId, ...mergeIds].map((id) => requireGuardian(id, ports.directory)),
  );
  const all = [kept, ...others] as Person[];
  if (all.filter(isActivated).length > 1) {
    throw new ValidationError(
      'mergeIds',
      'names records that each have an account: only one account may remain',
      'two_accounts',
    );
  }
  const withAccount = all.find(isActivated);
  const at = ports.clock.now().toISOString();
  const by = { personId: actor.personId, name: fullName(actor) };
  const merged = mergedRecord(kept as Person, others, withAccount);
  const childrenOf = new Map(
    await Promise.all(
      all.map(
        async (person) => [person.personId, await ports.directory.childrenOf(person.personId)] as const,
      ),
    ),
  );
  const keptChildren = new Set(childrenOf.get(keepId));
  const otherChildren = others.flatMap(({ personId }) =>
    (childrenOf.get(personId) ?? []).map((studentId) => ({ guardianId: personId, studentId })),
  );
  const merge: GuardianMerge = {
    kept: merged,
    retired: others.map(
      (person) =>
        ({ ...person, status: 'retired', mergedInto: keepId, version: person.version + 1 }) as Person,
    ),
    addLinks: [...new Set(otherChildren.map(({ studentId }) => studentId))]
      .filter((studentId) => !keptChildren.has(studentId))
      .map((studentId) => ({ guardianId: keepId, studentId })),
    removeLinks: otherChildren,
    changes: [
      {
        changeId: ports.newId(),
        personId: keepId,
        at,
        by,
        what: 'records-merged',
        fields: others.map(({ personId }) => ({ field: 'merged', after: personId })),
      },
      ...others.map(
        (person): PersonalDataChange => ({
          changeId: ports.newId(),
          personId: person.personId,
          at,
          by,
          what: 'records-merged',
          fields: [{ field: 'mergedInto', after: keepId }],
        }),
      ),
    ],
  };
  await ports.writer.writeMerge(merge);
  await ports.writer.forgetDuplicateGroup(all.map(({ personId }) => personId));
  return merged;
};

const requireGuardian = async (personId: string, directory: DirectoryReader) => {
  const person = await directory.person(personId);
  if (!person || person.status === 'retired') throw new NotFoundError('person', personId);
  if (!person.profiles.includes('guardian'))
    throw new ValidationError('mergeIds', `${personId} is not a guardian`, 'not_a_guardian');
  return person;
};

const mergedRecord = (kept: Person, others: Person[], withAccount: Person | undefined): Person => {
  if (withAccount && withAccount.personId !== kept.personId) {
    throw new ValidationError(
      'keepId',
      'must be the record with the account, so that its owner can still sign in',
      'keep_the_account',
    );
  }
  const merged: Person = {
    ...kept,
    profiles: [...new Set([kept, ...others].flatMap(({ profiles }) => profiles))],
    sourceIds: [...new Set([kept, ...others].flatMap(({ sourceIds }) => sourceIds ?? []))].sort(),
    version: kept.version + 1,
  };
  const firstOf = <Field extends 'email' | 'phone' | 'address' | 'birthDate'>(field: Field) =>
    others.find((other) => other[field] !== undefined)?.[field];
  merged.email ??= firstOf('email');
  merged.phone ??= firstOf('phone');
  merged.address ??= firstOf('address');
  merged.birthDate ??= firstOf('birthDate');
  return merged;
};
