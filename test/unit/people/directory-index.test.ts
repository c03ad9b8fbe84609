import { describe, expect, it } from 'vitest';
import { indexedNameWordsOf, nameMatch, nameMatchOf, searchWordsOf } from '#domain/people/name-words';
import type { Person } from '#domain/people/person';
import { directoryIndexItems, directoryIndexWrites } from '#functions/people/adapters/person-item';

const chloe: Person = {
  personId: 'p-1',
  firstName: 'Chloé',
  lastName: 'Benali',
  profiles: ['student'],
  classId: '5a',
  groupIds: ['latin', 'chorale'],
  version: 1,
};

describe('the words a name is found by', () => {
  it('folds accents, case, apostrophes and hyphens, and keeps each part of a compound word', () => {
    expect(indexedNameWordsOf({ firstName: 'Awa', lastName: "N'DIAYE" })).toEqual(['awa', 'ndiaye', 'diaye']);
    expect(indexedNameWordsOf({ firstName: 'Jean-Pierre', lastName: 'Lefèvre–Dubois' })).toEqual([
      'jeanpierre',
      'jean',
      'pierre',
      'lefevredubois',
      'lefevre',
      'dubois',
    ]);
    expect(indexedNameWordsOf({ firstName: 'Maëlle', lastName: 'Œuvrard' })).toEqual(['maelle', 'oeuvrard']);
    expect(searchWordsOf("  N'Diaye   CHLOÉ ")).toEqual(['ndiaye', 'chloe']);
  });

  it('ranks the full name in any order first, whole words next, beginnings last', () => {
    expect(nameMatchOf(chloe, ['benali', 'chloe'])).toBe(nameMatch.fullName);
    expect(nameMatchOf(chloe, ['benali'])).toBe(nameMatch.wholeWords);
    expect(nameMatchOf(chloe, ['chlo', 'ben'])).toBe(nameMatch.prefixes);
    expect(nameMatchOf(chloe, ['chloe', 'martin'])).toBeUndefined();
    expect(nameMatchOf({ firstName: 'Awa', lastName: "N'Diaye" }, searchWordsOf('NDIAYE awa'))).toBe(
      nameMatch.fullName,
    );
  });
});

describe("a person's look-up items", () => {
  it('are a word each in its two-letter partition and a group each in its roster, none once retired', () => {
    const items = directoryIndexItems(chloe);
    expect(items.map(({ SK }) => SK)).toEqual(['NAME#chloe', 'NAME#benali', 'GROUP#latin', 'GROUP#chorale']);
    expect(items[1]).toMatchObject({ PK: 'PERSON#p-1', GSI3PK: 'NAME#be', GSI3SK: 'benali#p-1' });
    expect(items[3]).toMatchObject({ GSI1PK: 'CLASS#chorale#STUDENTS', GSI1SK: 'benali chloe#p-1' });
    expect(directoryIndexItems({ ...chloe, status: 'retired' })).toEqual([]);
  });

  it('follow a new version: stale words and groups left are deleted, the rest put again', () => {
    const renamed = { ...chloe, lastName: 'Bernard', groupIds: ['latin'] };
    const writes = directoryIndexWrites(chloe, renamed);
    const deleted = writes.flatMap((write) => ('DeleteRequest' in write ? [write.DeleteRequest.Key.SK] : []));
    const put = writes.flatMap((write) => ('PutRequest' in write ? [write.PutRequest.Item.SK] : []));
    expect(deleted.sort()).toEqual(['GROUP#chorale', 'NAME#benali']);
    expect(put.sort()).toEqual(['GROUP#latin', 'NAME#bernard', 'NAME#chloe']);
    const retired = directoryIndexWrites(chloe, { ...chloe, status: 'retired' });
    expect(retired.every((write) => 'DeleteRequest' in write)).toBe(true);
    expect(retired).toHaveLength(4);
  });
});
