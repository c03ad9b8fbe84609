import { describe, expect, it } from 'vitest';
import { paths, routeOf } from '#web/src/routes';

describe('the roll call’s addresses', () => {
  it('reads back each page from the address it makes', () => {
    expect(routeOf(paths.attendance)).toEqual({ page: 'attendance' });
    expect(routeOf(paths.register('a1:b/c', '2027-03-01'))).toEqual({
      page: 'attendance-register',
      activityId: 'a1:b/c',
      seriesDate: '2027-03-01',
    });
    expect(routeOf(paths.liveDay())).toEqual({ page: 'attendance-day', date: '' });
    const [path, search] = paths.liveDay('2027-03-01').split('?');
    expect(routeOf(path as string, `?${search}`)).toEqual({ page: 'attendance-day', date: '2027-03-01' });
  });

  it('finds no page at a malformed one', () => {
    expect(routeOf('/appel/a1')).toEqual({ page: 'not-found' });
    expect(routeOf('/appel/a1/2027-03-01/extra')).toEqual({ page: 'not-found' });
  });
});
