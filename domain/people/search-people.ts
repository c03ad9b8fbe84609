import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { type Profile, profiles } from '#domain/identity/profile';
import { ValidationError } from '#domain/shared/errors';
import type { DirectoryReader } from './directory-ports';
import { nameMatch, nameMatchOf, searchWordsOf } from './name-words';
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

/** A person as the name index holds them: enough to match and rank before reading the person. */
export interface NameEntry {
  personId: string;
  firstName: string;
  lastName: string;
}

/** The directory reads a search needs, each a key or index look-up. */
export interface SearchDirectory extends DirectoryReader {
  /** Active people with a word of their name (see `name-words.ts`) starting with `prefix` (2 letters or more). */
  byNameWord(prefix: string): Promise<NameEntry[]>;
  /** Everyone holding a profile of the staff side, or an outside contact of a kind. */
  ofKind(kind: Exclude<PersonKind, 'student' | 'guardian'>): Promise<Person[]>;
}

/** Kinds with thousands of people: listed by class or found by name, never all at once. */
const crowdedKinds = new Set<PersonKind>(['student', 'guardian']);

export interface PersonSearchResult extends PersonSummary {
  profiles: Profile[];
  contactKind?: ContactKind;
}

/** People read at a time, best matches first, until the page is full. */
const readBatch = 100;

/**
 * Finds people by any words of their first or last names, in any order (accents, case, apostrophes and hyphens
 * ignored), by class, by kind, or by several at once; full-name matches come first, then whole words, then by name.
 * 1. The longest word typed is looked up in the name index; the other words narrow what it found.
 * 2. The people found are read in order of match, and checked again on their own record.
 */
export const searchPeople = async (actor: Actor, search: PeopleSearch, directory: SearchDirectory) => {
  await authorize(actor, 'people:search', { kind: 'school' }, directory);
  const words = searchWordsOf(search.name ?? '');
  const matches = (person: Person) => nameMatchOf(person, words) !== undefined;
  const found: Person[] = [];
  for await (const person of candidatesOf(search, words, directory)) {
    if (person.status === 'retired' || !matches(person)) continue;
    if (search.kind && !kindsOf(person).includes(search.kind)) continue;
    found.push(person);
    if (found.length === search.limit) break;
  }
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

async function* candidatesOf(search: PeopleSearch, words: string[], directory: SearchDirectory) {
  const longest = words.reduce((best, word) => (word.length > best.length ? word : best), '');
  if (search.classId) {
    yield* ranked(await directory.studentsOf(search.classId), words);
  } else if (longest.length >= 2) {
    const entries = ranked(uniqueById(await directory.byNameWord(longest)), words);
    for (let start = 0; start < entries.length; start += readBatch) {
      const batch = entries.slice(start, start + readBatch);
      const people = new Map((await directory.people(batch.map(({ personId }) => personId))).map(byId));
      yield* batch.flatMap(({ personId }) => people.get(personId) ?? []);
    }
  } else if (search.kind && !crowdedKinds.has(search.kind)) {
    yield* ranked(await directory.ofKind(search.kind as Exclude<PersonKind, 'student' | 'guardian'>), words);
  } else {
    throw new ValidationError(
      'name',
      'needs a word of at least 2 letters, unless a class or a kind of staff is given',
      'search_too_broad',
    );
  }
}

/** The entries that match every word, best match first, then by last and first name. */
const ranked = <Entry extends NameEntry>(entries: Entry[], words: string[]) =>
  entries
    .map((entry) => ({ entry, match: words.length > 0 ? nameMatchOf(entry, words) : nameMatch.prefixes }))
    .filter((candidate) => candidate.match !== undefined)
    .sort(
      (a, b) =>
        (a.match ?? 0) - (b.match ?? 0) ||
        a.entry.lastName.localeCompare(b.entry.lastName, 'fr') ||
        a.entry.firstName.localeCompare(b.entry.firstName, 'fr'),
    )
    .map(({ entry }) => entry);

const uniqueById = (entries: NameEntry[]) => [
  ...new Map(entries.map((entry) => [entry.personId, entry])).values(),
];
const byId = (person: Person) => [person.personId, person] as const;

const kindsOf = (person: Person): PersonKind[] => [
  ...person.profiles,
  ...(person.contactKind ? [person.contactKind] : []),
];
