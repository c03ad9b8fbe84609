import { describe, expect, it } from 'vitest';
import { monthSpan, nextMonth } from '#web/src/planning/month-span';
import { paths, routeOf } from '#web/src/routes';

describe('the views of a planning, kept in its address', () => {
  it('keeps the month view of a week page, so that a link or a reload shows the month again', () => {
    const path = paths.planningWeek('class', 'c-1a', { date: '2026-11-24', month: true });

    expect(path).toBe('/planning/semaine/class/c-1a?date=2026-11-24&vue=mois');
    const [pathname, search] = path.split('?');
    expect(routeOf(pathname ?? '', `?${search}`)).toEqual({
      page: 'planning-week',
      kind: 'class',
      id: 'c-1a',
      view: { date: '2026-11-24', month: true },
    });
    expect(routeOf('/planning/semaine/class/c-1a', '?vue=autre')).toMatchObject({ view: { date: '' } });
  });

  it('keeps the list mode of the day of places', () => {
    expect(paths.planningDay({ date: '2026-11-24', list: true })).toBe('/planning?date=2026-11-24&vue=liste');
    expect(routeOf('/planning', '?date=2026-11-24&vue=liste')).toEqual({
      page: 'planning-day',
      view: { date: '2026-11-24', list: true },
    });
  });

  it('steps a month view month by month, across the new year', () => {
    expect(nextMonth('2026-12-15', 1)).toBe('2027-01-01');
    expect(nextMonth('2027-01-31', -1)).toBe('2026-12-01');
    expect(monthSpan('2027-02-10')).toEqual({ month: '2027-02', first: '2027-02-01', last: '2027-02-28' });
    expect(monthSpan('2028-02-10').last).toBe('2028-02-29');
  });
});
