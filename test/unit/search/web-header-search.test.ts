import { describe, expect, it } from 'vitest';
import type { FoundPerson } from '#web/src/people/directory-query';
import type { ProjectListItem } from '#web/src/planning/planning-types';
import {
  itemsInOrder,
  matching,
  movedIndex,
  searchable,
  searchGroups,
  searchScopeOf,
} from '#web/src/search/search-results';

const places = [
  { id: 'r3', name: 'Salle de répétition 3', kind: 'rehearsal-room', site: 'Site Berlioz' },
  { id: 'r12', name: 'Salle de répétition 12', kind: 'rehearsal-room', site: 'Site Berlioz' },
  { id: 's101', name: 'Studio 101', kind: 'practice-room', site: 'Site Jean-Jaurès' },
  { id: 'gs', name: 'Grande salle', kind: 'concert-hall', site: 'Site Jean-Jaurès' },
];
const projects: ProjectListItem[] = [
  { id: 'p1', kind: 'production', name: 'Orchestre d’harmonie', status: 'confirmed' },
  { id: 'p2', kind: 'course', name: 'Formation musicale Cycle 2', status: 'confirmed' },
];
const people: FoundPerson[] = [
  {
    personId: 'a',
    firstName: 'Anaïs',
    lastName: 'David',
    classId: 'c2a',
    classLabel: 'Cycle 2 A',
    profiles: ['student'],
  },
];
const describeIn = {
  locale: 'fr-FR',
  fullName: ({ firstName, lastName }: { firstName: string; lastName: string }) => `${firstName} ${lastName}`,
  placeKind: (kind: string) => ({ 'rehearsal-room': 'Salle de répétition' })[kind] ?? kind,
  projectKind: (kind: string) => kind,
};

describe('what the header search may look for', () => {
  it('finds people for the school’s team only, the school’s projects for its staff, a student’s own projects', () => {
    expect(searchScopeOf(['staff'])).toEqual({ people: true, placeWeeks: true, projects: 'all' });
    expect(searchScopeOf(['teacher'])).toEqual({ people: false, placeWeeks: true, projects: 'all' });
    expect(searchScopeOf(['student'])).toEqual({ people: false, placeWeeks: true, projects: 'mine' });
    expect(searchScopeOf(['guardian'])).toEqual({ people: false, placeWeeks: false, projects: 'none' });
  });
});

describe('the names that answer what is typed', () => {
  it('needs two letters in a word, as the directory does', () => {
    expect(searchable('')).toBe(false);
    expect(searchable('   ')).toBe(false);
    expect(searchable('r')).toBe(false);
    expect(searchable(' a b ')).toBe(false);
    expect(searchable('re')).toBe(true);
  });

  it('matches each word typed at the start of a word of the name, accents and case ignored, in number order', () => {
    expect(matching(places, 'REPET', 'fr-FR').map(({ id }) => id)).toEqual(['r3', 'r12']);
    expect(matching(places, 'rep 12', 'fr-FR').map(({ id }) => id)).toEqual(['r12']);
    expect(matching(places, 'petit', 'fr-FR')).toEqual([]);
    expect(matching(projects, 'harmonie', 'fr-FR').map(({ id }) => id)).toEqual(['p1']);
  });

  it('puts names that start with the word typed first', () => {
    expect(matching(places, 'salle', 'fr-FR').map(({ id }) => id)).toEqual(['r3', 'r12', 'gs']);
  });
});

describe('the groups of results', () => {
  it('groups people, places and projects, each opening its page, and leaves out a kind with nothing', () => {
    const groups = searchGroups('cycle', { people, places, projects }, searchScopeOf(['staff']), describeIn);
    expect(groups).toEqual([
      {
        kind: 'person',
        items: [{ kind: 'person', id: 'a', label: 'Anaïs David', detail: 'Cycle 2 A', href: '/personnes/a' }],
      },
      {
        kind: 'project',
        items: [
          {
            kind: 'project',
            id: 'p2',
            label: 'Formation musicale Cycle 2',
            detail: 'course',
            href: '/projets/p2',
          },
        ],
      },
    ]);
  });

  it('shows no person to whom the directory is closed, and a place’s week only to those who read plannings', () => {
    const forGuardian = searchGroups(
      'studio',
      { people, places, projects },
      searchScopeOf(['guardian']),
      describeIn,
    );
    expect(forGuardian).toEqual([
      {
        kind: 'place',
        items: [
          {
            kind: 'place',
            id: 's101',
            label: 'Studio 101',
            detail: 'practice-room, Site Jean-Jaurès',
            href: '/lieux',
          },
        ],
      },
    ]);
    const forStudent = searchGroups(
      'anais',
      { people, places, projects },
      searchScopeOf(['student']),
      describeIn,
    );
    expect(forStudent).toEqual([]);
    const [place] = itemsInOrder(
      searchGroups('studio', { people: [], places, projects }, searchScopeOf(['student']), describeIn),
    );
    expect(place?.href).toBe('/planning/semaine/place/s101');
  });

  it('walks the options with the arrow keys, round from the last to the first', () => {
    expect(movedIndex(-1, 3, 'ArrowDown')).toBe(0);
    expect(movedIndex(2, 3, 'ArrowDown')).toBe(0);
    expect(movedIndex(-1, 3, 'ArrowUp')).toBe(2);
    expect(movedIndex(0, 3, 'ArrowUp')).toBe(2);
    expect(movedIndex(-1, 0, 'ArrowDown')).toBe(-1);
  });
});
