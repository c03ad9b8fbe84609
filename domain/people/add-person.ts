import { type Actor, fullName } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import type { NewPerson } from './new-person-input';
import { type ContactKind, contactKinds, type Person } from './person';
import type { PersonalDataChange } from './personal-data-change';

export interface PeopleAdder {
  add(person: Person, change: PersonalDataChange): Promise<void>;
}

/** Adds someone by hand; the audit trail says who did, and when. */
export const addPerson = async (
  actor: Actor,
  input: NewPerson,
  ports: { people: PeopleAdder; relations: Relations; clock: Clock; newId: IdGenerator },
) => {
  await authorize(actor, 'people:add', { kind: 'school' }, ports.relations);
  const isContact = (contactKinds as readonly string[]).includes(input.kind);
  const person: Person = {
    personId: ports.newId(),
    firstName: input.firstName,
    lastName: input.lastName,
    profiles: isContact ? [] : [input.kind as 'teacher' | 'staff'],
    ...(isContact && { contactKind: input.kind as ContactKind }),
    ...(input.email && { email: input.email }),
    ...(input.phone && { phone: input.phone }),
    ...(input.address?.length && { address: input.address }),
    ...(input.organisation && { organisation: input.organisation }),
    version: 1,
  };
  await ports.people.add(person, {
    changeId: ports.newId(),
    personId: person.personId,
    at: ports.clock.now().toISOString(),
    by: { personId: actor.personId, name: fullName(actor) },
    what: 'person-added',
    fields: ['firstName', 'lastName', 'email', 'phone'].flatMap((field) => {
      const value = person[field as keyof Person];
      return typeof value === 'string' ? [{ field, after: value }] : [];
    }),
  });
  return person;
};
