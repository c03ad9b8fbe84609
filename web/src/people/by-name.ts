import type { PersonSummary } from './person';

/** People as a class list reads: by last name, then first name, in the order of the language. */
export const sortByName = <Person extends Pick<PersonSummary, 'firstName' | 'lastName'>>(
  people: readonly Person[],
  localeTag: string,
): Person[] => {
  const collator = new Intl.Collator(localeTag, { sensitivity: 'base', numeric: true });
  return [...people].sort(
    (a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName),
  );
};
