import type { Actor } from '#domain/identity/actor';
import { isPupil } from '#domain/identity/person-visibility';
import { nameMatchOf, searchWordsOf } from '#domain/people/name-words';
import { AccessDeniedError } from '#domain/shared/errors';
import type { WorkGroupPorts } from './group-ports';
import { mayAdd, mayCreateGroups } from './group-rules';

/** People shown at a time: a name typed narrows them. */
const shown = 20;

/**
 * The people a group's manager may add whose name matches what they typed: adults, and for a teacher the pupils of
 * the classes they teach (all pupils for the staff). Nobody else is named, so the search tells no one of a child.
 */
export const findGroupCandidates = async (name: string, actor: Actor, ports: WorkGroupPorts) => {
  if (!mayCreateGroups(actor))
    throw new AccessDeniedError(actor.personId, 'messaging:create-group', 'school', false);
  const words = searchWordsOf(name);
  const longest = [...words].sort((a, b) => b.length - a.length)[0];
  if (!longest || longest.length < 2) return [];
  const entries = (await ports.directory.byNameWord(longest))
    .map((entry) => ({ entry, match: nameMatchOf(entry, words) }))
    .filter(({ match }) => match !== undefined)
    .sort((a, b) => (a.match ?? 0) - (b.match ?? 0) || a.entry.lastName.localeCompare(b.entry.lastName, 'fr'))
    .slice(0, 100);
  const [people, classesTaught] = await Promise.all([
    ports.directory.people(entries.map(({ entry }) => entry.personId)),
    actor.profiles.includes('teacher') ? ports.directory.classesTaughtBy(actor.personId) : [],
  ]);
  const taught = new Set(classesTaught);
  const byId = new Map(people.map((person) => [person.personId, person]));
  return entries
    .flatMap(({ entry }) => byId.get(entry.personId) ?? [])
    .filter((person) => person.personId !== actor.personId && mayAdd(actor, person, taught))
    .slice(0, shown)
    .map((person) => ({
      personId: person.personId,
      firstName: person.firstName,
      lastName: person.lastName,
      pupil: isPupil(person),
      profiles: person.profiles,
    }));
};
