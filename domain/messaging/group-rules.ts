import type { Actor } from '#domain/identity/actor';
import { isPupil } from '#domain/identity/person-visibility';
import { scopesHeld } from '#domain/identity/rights';
import type { Person } from '#domain/people/person';
import { isRetired } from '#domain/people/person';
import { AccessDeniedError, ValidationError } from '#domain/shared/errors';
import type { GroupSpace } from './work-group';

/** Teachers, staff and school administrators create work groups (`messaging:create-group`). */
export const mayCreateGroups = (actor: Pick<Actor, 'profiles'>) =>
  scopesHeld('messaging:create-group', actor.profiles).size > 0;

/**
 * Whether the actor may add a person to a group they manage. Adults of the school (teachers, staff, guardians) are
 * anyone's to add; a pupil only their teachers' (a class they teach) or the staff's (`messaging:add-pupil-to-group`).
 * A retired person is no one's.
 */
export const mayAdd = (
  actor: Pick<Actor, 'profiles'>,
  person: Person,
  classesTaught: ReadonlySet<string>,
): boolean => {
  if (isRetired(person)) return false;
  if (!isPupil(person)) return true;
  const scopes = scopesHeld('messaging:add-pupil-to-group', actor.profiles);
  if (scopes.has('any')) return true;
  return scopes.has('own-classes') && person.classId !== undefined && classesTaught.has(person.classId);
};

/**
 * Checks every person to add: one the actor may not add is refused as an unknown id, the same answer as an id of
 * no one, so that nobody learns through a group that a child exists.
 */
export const requireAddable = (
  actor: Pick<Actor, 'profiles'>,
  personIds: readonly string[],
  people: readonly Person[],
  classesTaught: ReadonlySet<string>,
) => {
  const byId = new Map(people.map((person) => [person.personId, person]));
  const refused = personIds.filter((personId) => {
    const person = byId.get(personId);
    return !person || !mayAdd(actor, person, classesTaught);
  });
  if (refused.length > 0)
    throw new ValidationError(
      'personIds',
      `names no one you may add to a group: ${refused.join(', ')}`,
      'unknown_id',
    );
};

/** A group exists only for its members: to anyone else it answers 404. */
export const roleIn = (space: GroupSpace, personId: string) =>
  space.members.find((member) => member.personId === personId)?.role;

export const requireManager = (space: GroupSpace, actor: Pick<Actor, 'personId'>) => {
  if (roleIn(space, actor.personId) !== 'manager')
    throw new AccessDeniedError(actor.personId, 'messaging:manage-group', `group ${space.group.id}`, false);
};
