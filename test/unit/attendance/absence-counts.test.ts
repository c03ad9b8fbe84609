import { describe, expect, it } from 'vitest';
import { type AbsenceMark, countHalfDays, monthsToFlag, sumCounts } from '#domain/attendance/absence-counts';
import { halfDaysOf } from '#domain/attendance/half-days';
import {
  covers,
  type Justification,
  justificationInputSchema,
  standingOf,
} from '#domain/attendance/justification';

const paris = 'Europe/Paris';

const absent = (startsAt: string, endsAt: string, _course = 'maths'): AbsenceMark => ({
  startsAt,
  endsAt,
  kind: 'absent',
});

const justification = (
  from: string,
  to: string,
  state: Justification['state'],
  halves: ['am' | 'pm', 'am' | 'pm'] = ['am', 'pm'],
) => ({ from: { date: from, half: halves[0] }, to: { date: to, half: halves[1] }, state });

describe('half-days as the law counts them, on the school’s clock', () => {
  it('puts a course in its morning or afternoon, across summer time', () => {
    // 10:30 UTC is 11:30 in Paris in winter (a morning course across noon), 12:30 in summer (an afternoon).
    expect(halfDaysOf({ startsAt: '2026-03-27T10:30:00Z', endsAt: '2026-03-27T11:30:00Z' }, paris)).toEqual([
      { date: '2026-03-27', half: 'am' },
      { date: '2026-03-27', half: 'pm' },
    ]);
    expect(halfDaysOf({ startsAt: '2026-03-30T10:30:00Z', endsAt: '2026-03-30T11:30:00Z' }, paris)).toEqual([
      { date: '2026-03-30', half: 'pm' },
    ]);
    // The night summer time ends: 09:00 in Paris is 08:00 UTC.
    expect(halfDaysOf({ startsAt: '2026-10-26T08:00:00Z', endsAt: '2026-10-26T09:00:00Z' }, paris)).toEqual([
      { date: '2026-10-26', half: 'am' },
    ]);
  });

  it('reads the day of the school’s zone, not of UTC', () => {
    // 21:30 UTC on the 6th is 01:30 on the 7th in La Réunion (UTC+4), 22:30 on the 6th in Paris.
    const late = { startsAt: '2026-12-06T21:30:00Z', endsAt: '2026-12-06T22:00:00Z' };
    expect(halfDaysOf(late, 'Indian/Reunion')).toEqual([{ date: '2026-12-07', half: 'am' }]);
    expect(halfDaysOf(late, paris)).toEqual([{ date: '2026-12-06', half: 'pm' }]);
  });

  it('counts a half-day once however many courses the pupil missed in it, lateness apart', () => {
    const marks: AbsenceMark[] = [
      absent('2026-12-07T07:00:00Z', '2026-12-07T08:00:00Z', 'maths'),
      absent('2026-12-07T08:00:00Z', '2026-12-07T09:00:00Z', 'french'),
      absent('2026-12-07T13:00:00Z', '2026-12-07T14:00:00Z', 'music'),
      { ...absent('2026-12-08T07:00:00Z', '2026-12-08T08:00:00Z'), kind: 'late', minutes: 10 },
      { ...absent('2026-12-09T07:00:00Z', '2026-12-09T08:00:00Z'), kind: 'late', minutes: 5 },
    ];
    expect(countHalfDays(marks, [], paris)).toEqual({
      halfDays: 2,
      justified: 0,
      unjustified: 2,
      pending: 0,
      lates: 2,
      lateMinutes: 15,
    });
  });
});

describe('a justification covers every absence of its span', () => {
  const marks = [
    absent('2026-12-07T07:00:00Z', '2026-12-07T08:00:00Z'),
    absent('2026-12-07T13:00:00Z', '2026-12-07T14:00:00Z'),
    absent('2026-12-08T07:00:00Z', '2026-12-08T08:00:00Z'),
  ];

  it('justifies the half-days an accepted one covers, from a morning to an afternoon', () => {
    const count = countHalfDays(marks, [justification('2026-12-07', '2026-12-07', 'accepted')], paris);
    expect(count).toMatchObject({ halfDays: 3, justified: 2, unjustified: 1 });
  });

  it('stops at its half-days: the afternoon of the 7th to the morning of the 8th', () => {
    const span = justification('2026-12-07', '2026-12-08', 'accepted', ['pm', 'am']);
    expect(covers(span, { date: '2026-12-07', half: 'am' })).toBe(false);
    expect(covers(span, { date: '2026-12-07', half: 'pm' })).toBe(true);
    expect(covers(span, { date: '2026-12-08', half: 'am' })).toBe(true);
    expect(covers(span, { date: '2026-12-08', half: 'pm' })).toBe(false);
  });

  it('counts as unjustified what awaits staff or what they refused', () => {
    const pending = countHalfDays(marks, [justification('2026-12-07', '2026-12-08', 'pending')], paris);
    expect(pending).toMatchObject({ justified: 0, unjustified: 3, pending: 3 });
    const day = { date: '2026-12-07', half: 'am' } as const;
    expect(standingOf(day, [justification('2026-12-07', '2026-12-07', 'refused')])).toBe('refused');
    expect(
      standingOf(day, [
        justification('2026-12-07', '2026-12-07', 'refused'),
        justification('2026-12-06', '2026-12-09', 'accepted'),
      ]),
    ).toBe('justified');
  });

  it('covers an absence recorded after it was declared', () => {
    const declared = [justification('2026-12-14', '2026-12-18', 'accepted')];
    const later = [absent('2026-12-16T13:00:00Z', '2026-12-16T14:00:00Z')];
    expect(countHalfDays(later, declared, paris)).toMatchObject({ halfDays: 1, justified: 1 });
  });

  it('refuses a span that ends before it starts, or longer than a term', () => {
    const base = { reason: 'illness' } as const;
    expect(
      justificationInputSchema.safeParse({ ...base, from: '2026-12-08', to: '2026-12-07' }).success,
    ).toBe(false);
    expect(
      justificationInputSchema.safeParse({
        ...base,
        from: '2026-12-07',
        fromHalf: 'pm',
        to: '2026-12-07',
        toHalf: 'am',
      }).success,
    ).toBe(false);
    expect(
      justificationInputSchema.safeParse({ ...base, from: '2026-09-01', to: '2027-01-01' }).success,
    ).toBe(false);
    expect(justificationInputSchema.parse({ ...base, from: '2026-12-07', to: '2026-12-07' })).toMatchObject({
      fromHalf: 'am',
      toHalf: 'pm',
      note: '',
    });
  });
});

describe('four unjustified half-days in a month', () => {
  const mornings = (days: string[]) => days.map((day) => absent(`${day}T07:00:00Z`, `${day}T08:00:00Z`));

  it('flags the month that reaches four, not a month of three', () => {
    const marks = [
      ...mornings(['2026-11-23', '2026-11-24', '2026-11-25']),
      ...mornings(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']),
    ];
    expect(monthsToFlag(marks, [], paris)).toEqual(['2026-12']);
  });

  it('does not count what an accepted justification covers, and counts what awaits staff', () => {
    const marks = mornings(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    expect(monthsToFlag(marks, [justification('2026-12-04', '2026-12-04', 'accepted')], paris)).toEqual([]);
    expect(monthsToFlag(marks, [justification('2026-12-04', '2026-12-04', 'pending')], paris)).toEqual([
      '2026-12',
    ]);
  });

  it('counts two courses of one morning once', () => {
    const marks = [
      ...mornings(['2026-12-01', '2026-12-02', '2026-12-03']),
      absent('2026-12-03T09:00:00Z', '2026-12-03T10:00:00Z', 'french'),
    ];
    expect(monthsToFlag(marks, [], paris)).toEqual([]);
  });

  it('sums a class from its pupils', () => {
    const one = countHalfDays(mornings(['2026-12-01']), [], paris);
    const two = countHalfDays(mornings(['2026-12-01', '2026-12-02']), [], paris);
    expect(sumCounts([one, two])).toMatchObject({ halfDays: 3, unjustified: 3 });
  });
});
