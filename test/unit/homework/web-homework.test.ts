import { describe, expect, it } from 'vitest';
import { paths, routeOf } from '#web/src/routes';

describe('the homework book’s addresses', () => {
  it('reads back each page from the address it makes', () => {
    expect(routeOf(paths.homework)).toEqual({ page: 'homework' });
    expect(routeOf(paths.homeworkSession('a1:b/c', '2027-03-01'))).toEqual({
      page: 'homework-session',
      activityId: 'a1:b/c',
      seriesDate: '2027-03-01',
    });
    expect(routeOf(paths.homeworkBook('class', '5e A'))).toEqual({
      page: 'homework-book',
      kind: 'class',
      id: '5e A',
    });
    expect(routeOf(paths.homeworkBook('teacher', 'p1'))).toEqual({
      page: 'homework-book',
      kind: 'teacher',
      id: 'p1',
    });
  });

  it('finds no page at a malformed one', () => {
    expect(routeOf('/cahier-de-textes/seance/a1')).toEqual({ page: 'not-found' });
    expect(routeOf('/cahier-de-textes/classe/5a/extra')).toEqual({ page: 'not-found' });
    expect(routeOf('/cahier-de-textes/autre/5a')).toEqual({ page: 'not-found' });
  });
});
