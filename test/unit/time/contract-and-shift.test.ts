import { describe, expect, it } from 'vitest';
import {
  assertContractCovers,
  contractCovers,
  staffContractInputSchema,
  staffContractOf,
} from '#domain/time/contract';
import { checkShiftTimes, dayOfShift, shiftInputSchema, workedMinutesOf } from '#domain/time/shift';
import { ShiftOutsideContractError } from '#domain/time/time-errors';
import { times, zone } from './paris-times';

const problemsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map(({ path }) => path.join('.')) ?? [];

describe('a technical staff member’s contract', () => {
  it('brings its rulebook and its weekly hours in minutes', () => {
    const input = staffContractInputSchema.parse({
      personId: 'tech-1',
      kind: 'public-local',
      weeklyHours: 35,
      skills: ['lighting', 'rigging'],
      from: '2026-09-01',
    });
    expect(staffContractOf(input)).toEqual({
      personId: 'tech-1',
      kind: 'public-local',
      rulebookId: 'public-service',
      weeklyMinutes: 2100,
      skills: ['lighting', 'rigging'],
      from: '2026-09-01',
    });
    const input2 = { personId: 'tech-2', kind: 'private-idcc-1285', weeklyHours: 28.75, from: '2026-09-01' };
    expect(staffContractOf(staffContractInputSchema.parse(input2))).toMatchObject({
      rulebookId: 'idcc-1285',
      weeklyMinutes: 1725,
      skills: [],
    });
  });

  it('wants an intermittent’s last day and pay, and no weekly hours', () => {
    const intermittent = { personId: 'int-1', kind: 'intermittent', from: '2027-03-15' };
    expect(problemsOf(staffContractInputSchema.safeParse(intermittent))).toEqual(['until', 'pay']);
    const full = { ...intermittent, until: '2027-03-19', pay: 'cachets' };
    expect(staffContractOf(staffContractInputSchema.parse(full))).toMatchObject({
      rulebookId: 'intermittent',
      pay: 'cachets',
    });
    expect(problemsOf(staffContractInputSchema.safeParse({ ...full, weeklyHours: 35 }))).toEqual([
      'weeklyHours',
    ]);
    expect(contractCovers(full, '2027-03-19')).toBe(true);
    expect(contractCovers(full, '2027-03-20')).toBe(false);
    expect(() => assertContractCovers(full, '2027-03-20')).toThrow(ShiftOutsideContractError);
    expect(() => assertContractCovers({ from: '2026-09-01' }, '2030-01-01')).not.toThrow();
  });

  it('refuses weekly hours past 48 or not in quarters, a skill twice, a last day before the first', () => {
    const base = { personId: 'tech-1', kind: 'public-state', weeklyHours: 35, from: '2026-09-01' };
    expect(problemsOf(staffContractInputSchema.safeParse({ ...base, weeklyHours: 49 }))).toEqual([
      'weeklyHours',
    ]);
    expect(problemsOf(staffContractInputSchema.safeParse({ ...base, weeklyHours: 35.1 }))).toEqual([
      'weeklyHours',
    ]);
    expect(problemsOf(staffContractInputSchema.safeParse({ ...base, skills: ['sound', 'sound'] }))).toEqual([
      'skills',
    ]);
    expect(problemsOf(staffContractInputSchema.safeParse({ ...base, until: '2026-08-31' }))).toEqual([
      'until',
    ]);
    expect(problemsOf(staffContractInputSchema.safeParse({ ...base, weeklyHours: undefined }))).toEqual([
      'weeklyHours',
    ]);
  });
});

describe('a shift', () => {
  const planned = times('2027-03-10', '14:00', '22:30', 30);

  it('is typed with zoned date-times, its kind of work and what it serves', () => {
    const input = shiftInputSchema.parse({
      personId: 'tech-1',
      work: 'performance',
      link: { projectId: 'opera-2027', activityId: 'act-1' },
      planned,
    });
    expect(input.planned).toEqual(planned);
    expect(workedMinutesOf(input.planned)).toBe(480);
    expect(dayOfShift(input.planned, zone)).toBe('2027-03-10');
  });

  it('belongs to the local day it starts, not the UTC one', () => {
    expect(dayOfShift({ startsAt: '2027-03-09T23:30:00Z' }, zone)).toBe('2027-03-10');
  });

  it('refuses a date-time without its offset, a work it does not know, a premiere without its day', () => {
    const base = { personId: 'tech-1', work: 'set-up', planned };
    const noOffset = { ...base, planned: { ...planned, startsAt: '2027-03-10T14:00' } };
    expect(problemsOf(shiftInputSchema.safeParse(noOffset))).toEqual(['planned.startsAt']);
    expect(problemsOf(shiftInputSchema.safeParse({ ...base, work: 'lunch' }))).toEqual(['work']);
    const premiere = { ...base, exception: { ground: 'premiere', reason: 'Création' } };
    expect(problemsOf(shiftInputSchema.safeParse(premiere))).toEqual(['exception.premiereDate']);
    const noReason = { ...base, exception: { ground: 'tour', reason: ' ' } };
    expect(problemsOf(shiftInputSchema.safeParse(noReason))).toEqual(['exception.reason']);
  });

  it('refuses times that make no shift, naming the field', () => {
    const refusal = (shiftTimes: Parameters<typeof checkShiftTimes>[0]) => {
      try {
        checkShiftTimes(shiftTimes);
        return undefined;
      } catch (error) {
        return error;
      }
    };
    expect(refusal(planned)).toBeUndefined();
    expect(refusal({ ...planned, endsAt: planned.startsAt })).toMatchObject({
      field: 'planned.endsAt',
      code: 'shift_times_invalid',
    });
    expect(refusal({ ...planned, breakMinutes: 510 })).toMatchObject({ field: 'planned.breakMinutes' });
    // 25 h on the clock's 24: the last Sunday of October.
    expect(refusal(times('2027-10-31', '00:00', '00:00'))).toMatchObject({ field: 'planned.endsAt' });
    expect(refusal(times('2027-03-28', '00:00', '00:00'))).toBeUndefined();
  });
});
