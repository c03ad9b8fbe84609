import { foldForComparison } from '#domain/shared/text';

/** Longer words are cut: a key stays short, and 40 letters already tell any two names apart. */
const longestWord = 40;

/** What joins the parts of one word of a name: « N'Diaye », « Jean-Pierre », « Saint‑Exupéry ». */
const joiners = /['’ʼ‐‑‒–—-]/g;

/** The words of a text, folded (accents, case, ligatures), with apostrophes and hyphens taken out of each word. */
const foldedWords = (text: string) =>
  foldForComparison(text)
    .split(' ')
    .map((word) => ({ whole: clean(word), parts: word.split(joiners).map(clean) }))
    .filter(({ whole }) => whole.length > 0);

const clean = (word: string) =>
  word
    .replace(joiners, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .slice(0, longestWord);

/**
 * The words a person is found by: each word of the first and last names whole (« ndiaye », « jeanpierre ») and
 * each part of a hyphenated or apostrophed word (« diaye », « jean », « pierre »). A search word must start one.
 */
export const nameWordsOf = (person: { firstName: string; lastName: string }): string[] => [
  ...new Set(
    foldedWords(`${person.firstName} ${person.lastName}`).flatMap(({ whole, parts }) => [
      whole,
      ...parts.filter((part) => part.length > 0),
    ]),
  ),
];

/** The words kept in the index: one letter finds too many to be a key look-up. */
export const indexedNameWordsOf = (person: { firstName: string; lastName: string }) =>
  nameWordsOf(person).filter((word) => word.length >= 2);

/** The words of a search, folded as names are: « Chloé Benali » gives « chloe », « benali »; « N'DIAYE » « ndiaye ». */
export const searchWordsOf = (text: string) => [...new Set(foldedWords(text).map(({ whole }) => whole))];

/** How well a person matches a search, best (lowest) first. */
export const nameMatch = {
  /** Every word of the full name typed, in any order: « benali chloe » for Chloé Benali. */
  fullName: 0,
  /** Every word typed is a whole word of the name: « ndiaye » for Awa N'Diaye. */
  wholeWords: 1,
  /** Every word typed starts a word of the name: « chlo ben ». */
  prefixes: 2,
} as const;
export type NameMatch = (typeof nameMatch)[keyof typeof nameMatch];

/** How well a person matches the words of a search; undefined when a search word starts none of their words. */
export const nameMatchOf = (
  person: { firstName: string; lastName: string },
  searchWords: readonly string[],
): NameMatch | undefined => {
  const words = nameWordsOf(person);
  if (!searchWords.every((typed) => words.some((word) => word.startsWith(typed)))) return undefined;
  const wholeWords = foldedWords(`${person.firstName} ${person.lastName}`).map(({ whole }) => whole);
  const typed = new Set(searchWords);
  if (typed.size === new Set(wholeWords).size && wholeWords.every((word) => typed.has(word))) {
    return nameMatch.fullName;
  }
  return searchWords.every((word) => words.includes(word)) ? nameMatch.wholeWords : nameMatch.prefixes;
};
