import type { Profile } from '#domain/identity/profile';
import { nameWordsOf, searchWordsOf } from '#domain/people/name-words';
import { readsPlanning, searchesDirectory } from '../people/abilities';
import type { FoundPerson } from '../people/directory-query';
import type { ProjectListItem } from '../planning/planning-types';
import { paths } from '../routes';

/** The kinds of things the header finds, in the order their groups are shown. */
export const searchKinds = ['person', 'place', 'project'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** One thing found: what it is called, a detail to tell two of the same name apart, and where it opens. */
export interface SearchItem {
  kind: SearchKind;
  id: string;
  label: string;
  detail?: string;
  href: string;
}

export interface SearchGroup {
  kind: SearchKind;
  items: SearchItem[];
}

/**
 * What a profile may look for, as the API allows it: people for those who search the directory; places for
 * everyone (their week for those who read plannings, the list of places for the others); the projects of the
 * school for its teachers and team, a student's own projects, none for families.
 */
export const searchScopeOf = (profiles: readonly Profile[]) => ({
  people: searchesDirectory(profiles),
  placeWeeks: readsPlanning(profiles),
  projects: profiles.some((profile) => ['teacher', 'staff', 'planner', 'school-admin'].includes(profile))
    ? ('all' as const)
    : profiles.includes('student')
      ? ('mine' as const)
      : ('none' as const),
});

export type SearchScope = ReturnType<typeof searchScopeOf>;

/** How many of each kind the header lists: a few to choose from; a longer name narrows them. */
export const itemsPerGroup = 6;

/** Letters a word must have before the header searches: one letter finds half the school. */
export const minimumLetters = 2;

/**
 * Whether a text is worth a search. An empty box, as every page draws it, is answered at once: folding a text
 * compiles Unicode's letter classes on first use, work the first render of a signed-in page does not need.
 */
export const searchable = (text: string) =>
  text.trim() !== '' && searchWordsOf(text).some((word) => word.length >= minimumLetters);

/**
 * Whether a name answers the words typed: each word starts a word of the name (accents, case, apostrophes and
 * hyphens ignored, as the directory finds people): « rep 3 » finds « Salle de répétition 3 ».
 */
const rankOf = (name: string, words: readonly string[]) => {
  const nameWords = nameWordsOf({ firstName: name, lastName: '' });
  if (!words.every((word) => nameWords.some((each) => each.startsWith(word)))) return undefined;
  // Names that start with the first word typed come first, then names with every word whole.
  const [first = ''] = words;
  const starts = nameWords[0]?.startsWith(first) ? 0 : 1;
  const whole = words.every((word) => nameWords.includes(word)) ? 0 : 1;
  return starts * 2 + whole;
};

/** The named things that answer the text, best first, then by name in the reader's language. */
export const matching = <T extends { name: string }>(things: readonly T[], text: string, locale: string) => {
  const words = searchWordsOf(text);
  if (words.length === 0) return [];
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return things
    .flatMap((thing) => {
      const rank = rankOf(thing.name, words);
      return rank === undefined ? [] : [{ thing, rank }];
    })
    .sort((a, b) => a.rank - b.rank || collator.compare(a.thing.name, b.thing.name))
    .map(({ thing }) => thing);
};

interface Found {
  people: readonly FoundPerson[];
  places: readonly { id: string; name: string; kind: string; site?: string }[];
  projects: readonly ProjectListItem[];
}

interface Describe {
  locale: string;
  fullName: (person: { firstName: string; lastName: string }) => string;
  placeKind: (kind: string) => string;
  projectKind: (kind: string) => string;
}

/**
 * The groups the header lists for a text: the people the API found, the places and projects of the lists that
 * answer it, each group cut to a few items; a kind with nothing found is left out.
 */
export const searchGroups = (
  text: string,
  found: Found,
  scope: SearchScope,
  describe: Describe,
): SearchGroup[] => {
  const people = scope.people
    ? found.people.map(
        (person): SearchItem => ({
          kind: 'person',
          id: person.personId,
          label: describe.fullName(person),
          ...(person.classLabel && { detail: person.classLabel }),
          href: paths.person(person.personId),
        }),
      )
    : [];
  const places = matching(found.places, text, describe.locale).map(
    (place): SearchItem => ({
      kind: 'place',
      id: place.id,
      label: place.name,
      detail: [describe.placeKind(place.kind), place.site].filter(Boolean).join(', '),
      href: scope.placeWeeks ? paths.planningWeek('place', place.id) : paths.places,
    }),
  );
  const projects =
    scope.projects === 'none'
      ? []
      : matching(found.projects, text, describe.locale).map(
          (project): SearchItem => ({
            kind: 'project',
            id: project.id,
            label: project.name,
            detail: describe.projectKind(project.kind),
            href: paths.project(project.id),
          }),
        );
  const groups: SearchGroup[] = [
    { kind: 'person', items: people.slice(0, itemsPerGroup) },
    { kind: 'place', items: places.slice(0, itemsPerGroup) },
    { kind: 'project', items: projects.slice(0, itemsPerGroup) },
  ];
  return groups.filter(({ items }) => items.length > 0);
};

/** The items of the groups one after another, as the arrow keys walk them. */
export const itemsInOrder = (groups: readonly SearchGroup[]) => groups.flatMap(({ items }) => items);

/** The option an arrow key moves to: down from the last goes back to the first, up from none to the last. */
export const movedIndex = (current: number, count: number, key: 'ArrowDown' | 'ArrowUp') => {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return current + 1 >= count ? 0 : current + 1;
  return current <= 0 ? count - 1 : current - 1;
};
