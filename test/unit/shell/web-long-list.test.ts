import { describe, expect, it } from 'vitest';
import { listPageSize, matchesName, pageOfList } from '#web/src/shell/lists/name-match';

describe('the name filter of long lists', () => {
  it('finds a name whatever the case, the accents and the order of the words typed', () => {
    expect(matchesName('Anaïs David', 'anais')).toBe(true);
    expect(matchesName('Anaïs David', 'DAVID ana')).toBe(true);
    expect(matchesName('Collège Saint-Exupéry', 'st ex')).toBe(false);
    expect(matchesName('Collège Saint-Exupéry', 'saint exu')).toBe(true);
    expect(matchesName('Salle Œdipe', 'oedipe')).toBe(true);
    expect(matchesName('Studio de danse 7', 'studio  danse 7 ')).toBe(true);
    expect(matchesName('Studio de danse 7', 'studio 8')).toBe(false);
    expect(matchesName('Studio de danse 7', '')).toBe(true);
  });
});

describe('a long list, a page at a time', () => {
  const places = Array.from({ length: 60 }, (_, index) => ({ name: `Salle ${index + 1}` }));
  const nameOf = ({ name }: { name: string }) => name;

  it('shows the first page and counts them all', () => {
    const page = pageOfList(places, { typed: '', shown: listPageSize, nameOf });
    expect(page.items).toHaveLength(listPageSize);
    expect(page.items[0]?.name).toBe('Salle 1');
    expect(page.total).toBe(60);
  });

  it('counts only the names that match, a page of them at a time', () => {
    // « 4 » is found inside a name as at its start: 4, 14, 24, 34, 40 to 49, 54.
    const page = pageOfList(places, { typed: 'salle 4', shown: 10, nameOf });
    expect(page.total).toBe(15);
    expect(page.items.map(nameOf)).toEqual([
      'Salle 4',
      'Salle 14',
      'Salle 24',
      'Salle 34',
      ...['40', '41', '42', '43', '44', '45'].map((n) => `Salle ${n}`),
    ]);
    expect(pageOfList(places, { typed: 'SALLE 60', shown: 10, nameOf }).items.map(nameOf)).toEqual([
      'Salle 60',
    ]);
  });
});
