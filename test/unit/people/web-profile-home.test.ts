import { describe, expect, it } from 'vitest';
import { homePartsOf } from '#web/src/home/home-parts';
import { nextDaysOf } from '#web/src/home/next-days';
import { dedupeItems, nowIn, stillToCome } from '#web/src/home/still-to-come';
import { batchScopeKindsFor } from '#web/src/identity/batch';

describe('the home page of each profile', () => {
  it('gives a guardian their children, and no classes of the school', () => {
    expect(homePartsOf(['guardian'])).toMatchObject({ children: true, allClasses: false, ownDay: false });
  });

  it('gives a teacher their day, their classes and their projects', () => {
    expect(homePartsOf(['teacher'])).toMatchObject({ ownDay: true, ownClasses: true, ownProjects: true });
  });

  it('gives the staff the day of the school and the requests to handle', () => {
    expect(homePartsOf(['staff'])).toMatchObject({ schoolDay: true, formRequests: true, allClasses: true });
    expect(homePartsOf(['planner'])).toMatchObject({ schoolDay: false, plannerDesk: true });
  });

  it('gives the authority’s account the codes of the school’s administrators, and no classes it cannot read', () => {
    expect(homePartsOf(['authority-admin'])).toMatchObject({
      activationCodes: true,
      forAuthority: true,
      allClasses: false,
      schoolDay: false,
      imports: false,
    });
  });
});

describe('the activation codes a profile may make', () => {
  it('offers the school’s administrators every choice, the usual one first', () => {
    expect(batchScopeKindsFor(['school-admin'])).toEqual([
      'not-activated',
      'class',
      'level',
      'school-admins',
    ]);
  });

  it('offers the authority only its own choice, so that the one chosen by default works', () => {
    expect(batchScopeKindsFor(['authority-admin'])).toEqual(['school-admins']);
  });
});

describe('a child’s next days', () => {
  const day = (date: string, open: boolean, items: string[] = []) => ({ date, open, items });

  it('shows today, then the next two days the school is open or something takes place', () => {
    const days = [
      day('2026-12-11', true),
      day('2026-12-12', false, ['Répétition']),
      day('2026-12-13', false),
      day('2026-12-14', true, ['Solfège']),
      day('2026-12-15', true),
    ];
    expect(nextDaysOf(days, '2026-12-11').map(({ date }) => date)).toEqual([
      '2026-12-11',
      '2026-12-12',
      '2026-12-14',
    ]);
  });

  it('shows today even on a closed day', () => {
    const days = [day('2026-12-20', false), day('2026-12-21', false), day('2027-01-04', true)];
    expect(nextDaysOf(days, '2026-12-20').map(({ date }) => date)).toEqual(['2026-12-20', '2027-01-04']);
  });
});

describe('the day of the school', () => {
  const item = (activityId: string, start: string, end: string) => ({
    activityId,
    seriesDate: '2026-12-11',
    start,
    end,
    title: activityId,
  });

  it('lists what is under way or still to come, in time order', () => {
    const items = [item('c', '16:00', '17:00'), item('a', '08:00', '09:00'), item('b', '13:30', '15:00')];
    expect(stillToCome(items, '14:10').map(({ activityId }) => activityId)).toEqual(['b', 'c']);
  });

  it('counts an activity in two rooms once', () => {
    expect(dedupeItems([item('a', '08:00', '09:00'), item('a', '08:00', '09:00')])).toHaveLength(1);
  });

  it('tells the time in the school’s time zone', () => {
    expect(nowIn('Europe/Paris', new Date('2026-12-11T13:05:00Z'))).toBe('14:05');
    expect(nowIn('Europe/Paris', new Date('2026-12-11T23:30:00Z'))).toBe('00:30');
  });
});
