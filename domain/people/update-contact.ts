import { type Actor, fullName } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { NotFoundError, StaleVersionError } from '#domain/shared/errors';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { DirectoryReader } from './directory-ports';
import { type ContactField, contactFields, type Person } from './person';
import type { PersonalDataChange } from './personal-data-change';

/** Stores a person's new version and its audit entry together, or neither. */
export interface PeopleWriter {
  replaceWithChange(person: Person, expectedVersion: number, change: PersonalDataChange): Promise<void>;
}

export type ContactChanges = Partial<Record<ContactField, string | null>>;

/** Changes a person's e-mail or phone; an empty value (null) removes it. Each change is written to the audit trail. */
export const updateContact = async (
  actor: Actor,
  personId: string,
  changes: ContactChanges,
  expectedVersion: number | undefined,
  ports: { directory: DirectoryReader; people: PeopleWriter; clock: Clock; newId: IdGenerator },
) => {
  await authorize(actor, 'people:update-contact', { kind: 'person', personId }, ports.directory);
  const person = await ports.directory.person(personId);
  if (!person) throw new NotFoundError('person', personId);
  if (expectedVersion !== undefined && expectedVersion !== person.version) {
    throw new StaleVersionError('person', personId, expectedVersion);
  }
  const fields = contactFields.flatMap((field) => {
    if (!(field in changes) || (changes[field] ?? undefined) === person[field]) return [];
    return [{ field, before: person[field], after: changes[field] ?? undefined }];
  });
  if (fields.length === 0) return person;
  const updated: Person = { ...person, version: person.version + 1 };
  for (const { field, after } of fields) {
    if (after === undefined) delete updated[field];
    else updated[field] = after;
  }
  const at = ports.clock.now().toISOString();
  await ports.people.replaceWithChange(updated, person.version, {
    changeId: ports.newId(),
    personId,
    at,
    by: { personId: actor.personId, name: fullName(actor) },
    what: 'contact-updated',
    fields,
  });
  return updated;
};
