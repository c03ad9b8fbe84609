import { describe, expect, it } from 'vitest';
import { demoTimeOf } from '#infra/local/seed/time/seed-demo-time';
import { loadRegistry } from '#infra/tenants/registry';

/**
 * The demo opera production's technical team and shifts: each shift passes the check its contract's rules make (the
 * seed runs it), the long set-up days are over the limit by their exception, and every shift but the maintenance
 * serves the production, the performances their day's.
 */
describe('the demo technical team', () => {
  const [school] = loadRegistry().schools;
  const { technicians, shifts } = demoTimeOf(school as NonNullable<typeof school>);

  it('has six technicians, each with shifts', () => {
    expect(technicians).toHaveLength(6);
    for (const technician of technicians)
      expect(shifts.some((shift) => shift.personId === technician.personId)).toBe(true);
  });

  it('accepts two long set-up days by exception, and no other breach', () => {
    const accepted = shifts.filter((shift) => shift.accepted.length > 0);
    expect(
      accepted.map((shift) => [shift.day, shift.exception?.ground, shift.accepted.map((b) => b.ruleId)]),
    ).toEqual([
      ['2027-06-03', 'exceptional-circumstances', ['daily-work-max']],
      ['2027-06-03', 'premiere', ['daily-work-max']],
    ]);
  });

  it('links the shifts to the production, the performances to their day’s', () => {
    const performances = shifts.filter((shift) => shift.work === 'performance');
    expect(performances).toHaveLength(12);
    expect(new Set(performances.map((shift) => shift.link?.activityId)).size).toBe(2);
    expect(shifts.filter((shift) => !shift.link).map((shift) => shift.work)).toEqual(['maintenance']);
    expect(new Set(shifts.flatMap((shift) => shift.projectName ?? []))).toEqual(
      new Set(['Les Noces de Figaro']),
    );
  });
});
