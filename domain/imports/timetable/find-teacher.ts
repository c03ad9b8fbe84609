import type { Person } from '#domain/people/person';
import { keyOf } from '#domain/shared/text';
import { type DirectoryMatch, matcherOf } from './directory-match';

/**
 * Finds teachers as timetables write them: « DUPONT Jean », « Jean Dupont », « Dupont J. », « M. DUPONT », or an
 * identifier a source gave them. A surname alone matches when one teacher has it.
 */
export const teacherFinder = (teachers: readonly Person[]) => {
  const match = matcherOf(
    teachers.filter((person) => person.status !== 'retired'),
    namesOf,
  );
  return (written: string): DirectoryMatch<Person> => match(keyOf(written).replace(civility, ''));
};

const civility = /^(m|mme|mlle|mr|mrs|ms|dr|monsieur|madame|mademoiselle)-/;

const namesOf = (person: Person): string[] => {
  const first = keyOf(person.firstName);
  const last = keyOf(person.lastName);
  const initial = first.slice(0, 1);
  const sourceCodes = (person.sourceIds ?? []).map((sourceId) => keyOf(sourceId.split(':').at(-1) ?? ''));
  const names = [`${last}-${first}`, `${first}-${last}`, last, `${last}-${initial}`, `${initial}-${last}`];
  return [...names, ...sourceCodes].filter((name) => name !== '');
};
