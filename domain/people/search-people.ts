import type { Actor } from '../identity/actor';
import { authorize } from '../identity/authorize';
import { type Profile, profiles } from '../identity/profile';
import { ValidationError } from '../shared/errors';
import { sortKeyOf } from '../shared/text';
import type { DirectoryReader } from './directory-ports';
import { type ContactKind, contactKinds, type Person, type PersonSummary, summaryOf } from './person';
import { classesById } from './read-person';

export type PersonKind = Profile | ContactKind;
export const personKinds: readonly PersonKind[] = [...profiles, ...contactKinds];

export interface PeopleSearch {
  name?: string;
  kind?: PersonKind;
  classId?: string;
  limit: number;
}

/** The directory reads a search needs, each a key or index look-up. */
export interface SearchDirectory extends DirectoryReader {
  /** Active people whose sort name (last name, first name; accents and case folded) starts with the prefix. */
  byNamePrefix(prefix: string, limit: number): Promise<Person[]>;
  /** Everyone holding a profile of the staff side, or an outside contact of a kind. */
  ofKind(kind: Exclude<PersonKind, 'student' | 'guardian'>): Promise<Person[]>;
}

/** Kinds with thousands of people: listed by class or found by name, never all at once. */
const crowdedKinds = new Set<PersonKind>(['student', 'guardian']);

export interface PersonSearchResult extends PersonSummary {
  profiles: Profile[];
  contactKind?: ContactKind;
}

/** Finds people by name (accents and case ignored), by class, by kind, or by several at once. */
export const searchPeople = async (actor: Actor, search: PeopleSearch, directory: SearchDirectory) => {
  await authorize(actor, 'people:search', { kind: 'school' }, directory);
  const prefix = search.name ? sortKeyOf(search.name) : '';
  const candidates = await candidatesOf(search, prefix, directory);
  const found = candidates
    .filter((person) => person.status !== 'retired')
    .filter((person) => !prefix || sortKeyOf(`${person.lastName} ${person.firstName}`).startsWith(prefix))
    .filter((person) => !search.kind || kindsOf(person).includes(search.kind))
    .slice(0, search.limit);
  const classes = await classesById(
    found.flatMap(({ classId }) => classId ?? []),
    directory,
  );
  return found.map(
    (person): PersonSearchResult => ({
      ...summaryOf(person, classes),
      profiles: person.profiles,
      ...(person.contactKind && { contactKind: person.contactKind }),
    }),
  );
};

const candidatesOf = async (search: PeopleSearch, prefix: string, directory: SearchDirectory) => {
  if (search.classId) return directory.studentsOf(search.classId);
  if (prefix.length >= 2) return directory.byNamePrefix(prefix, search.kind ? 1000 : search.limit);
  if (search.kind && !crowdedKinds.has(search.kind)) {
    return directory.ofKind(search.kind as Exclude<PersonKind, 'student' | 'guardian'>);
  }
  throw new ValidationError('name', 'needs at least 2 letters, unless a class or a kind of staff is given');
};

const kindsOf = (person: Person): PersonKind[] => [
  ...person.profiles,
  ...(person.contactKind ? [person.contactKind] : []),
];
