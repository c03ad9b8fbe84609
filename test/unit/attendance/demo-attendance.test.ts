import { describe, expect, it } from 'vitest';
import { pupilsOfDay, registersNotTaken } from '#domain/attendance/live-day';
import { demoAttendance } from '#infra/local/seed/attendance/demo-attendance';
import { loadRegistry } from '#infra/tenants/registry';

const [school] = loadRegistry().schools;

describe('the demo school’s roll call of today', () => {
  it('has registers of the courses already started, absent and late pupils among them', () => {
    const day = '2026-12-08';
    const registers = demoAttendance(
      school as NonNullable<typeof school>,
      day,
      new Date(`${day}T19:00:00+01:00`),
    );
    expect(registers.length).toBeGreaterThan(1);
    expect(registers.every((register) => register.session.date === day && register.version === 1)).toBe(true);
    expect(registers.every((register) => register.session.start <= '19:00')).toBe(true);
    const { absentOrLate } = pupilsOfDay(registers);
    expect(absentOrLate.length).toBeGreaterThan(0);
    expect(registers.flatMap((register) => register.pupils).some((pupil) => pupil.mark === 'late')).toBe(
      true,
    );
  });

  it('takes nothing before the first course', () => {
    const day = '2026-12-08';
    expect(
      demoAttendance(school as NonNullable<typeof school>, day, new Date(`${day}T06:00:00+01:00`)),
    ).toEqual([]);
    expect(registersNotTaken([], [], new Date())).toEqual([]);
  });
});
