import type { PersonKind } from '#domain/people/search-people';

export type { PersonSearchResult as FoundPerson } from '#domain/people/search-people';

/** The kinds the directory filters on, in the order of its list: the school's people, then outside contacts. */
export const directoryKinds = [
  'student',
  'guardian',
  'teacher',
  'staff',
  'guest-artist',
  'supplier',
  'client',
  'partner',
] as const satisfies readonly PersonKind[];

export type DirectoryKind = (typeof directoryKinds)[number];

/** What the page asks for; empty strings for a blank field or « all ». */
export interface DirectoryCriteria {
  name: string;
  kind: DirectoryKind | '';
  classId: string;
}

/** The query of `GET /api/people`. */
export interface PeopleQuery {
  name?: string;
  kind?: DirectoryKind;
  classId?: string;
  limit: number;
}

/** As many as a page reads at a glance; past that, the search is too broad anyway. */
export const resultLimit = 50;

export const minimumLetters = 2;

/** Students and guardians are thousands: the API lists them by class or finds them by name, never all at once. */
const crowdedKinds: ReadonlySet<DirectoryKind> = new Set(['student', 'guardian']);

const letterCount = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

/** The API looks up the longest word typed: « c b » is too short, « n'd » is « nd ». */
const longestWordLetters = (text: string) => Math.max(0, ...text.split(/\s+/).map(letterCount));

export type QueryState =
  | { status: 'ready'; query: PeopleQuery }
  /** Nothing typed or chosen yet. */
  | { status: 'empty' }
  /** Not enough to search: a letter, or students and guardians without a name or a class. */
  | { status: 'too-short' };

/** Whether the criteria can be searched, and the query to send; the API holds the same rule. */
export const peopleQueryOf = ({ name, kind, classId }: DirectoryCriteria): QueryState => {
  const typed = name.trim();
  const query: PeopleQuery = {
    ...(typed && { name: typed }),
    ...(kind && { kind }),
    ...(classId && { classId }),
    limit: resultLimit,
  };
  if (classId || longestWordLetters(typed) >= minimumLetters || (kind && !crowdedKinds.has(kind))) {
    return { status: 'ready', query };
  }
  return !typed && !kind ? { status: 'empty' } : { status: 'too-short' };
};
