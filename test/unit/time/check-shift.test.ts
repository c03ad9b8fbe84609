import { describe, expect, it } from 'vitest';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { assertShiftAllowed, checkContextOf, checkShift, type NearbyShift } from '#domain/time/check-shift';
import {
  idcc1285Rulebook,
  intermittentRulebook,
  publicServiceRulebook,
  type Rulebook,
} from '#domain/time/rulebooks';
import type { ShiftException, ShiftTimes, ShiftWork } from '#domain/time/shift';
import { ShiftBreaksRuleError, ShiftOverlapsError } from '#domain/time/time-errors';
import { checkInputOf } from '#domain/time/time-ports';
import { at, stored, times, weekTotalsOf, zone } from './paris-times';

// A week of January 2027, without a change of time or a public holiday: Monday 11 to Sunday 17.
const monday = '2027-01-11';
const day = (offset: number) => plusDays(monday, offset);

interface Case {
  shift: ShiftTimes;
  work?: ShiftWork;
  exception?: ShiftException;
  rulebook?: Rulebook;
  nearby?: NearbyShift[];
  /** Counters of weeks whose shifts are not listed. */
  counters?: Record<string, number>;
  previous?: ShiftTimes;
}

const check = ({
  shift,
  work = 'rehearsal',
  exception,
  rulebook = publicServiceRulebook,
  nearby = [],
  counters = {},
  previous,
}: Case) => {
  // The store's counters hold every stored shift, the changed one's old times included.
  const storedItself = nearby.some(({ shiftId }) => shiftId === 'new');
  const totals = weekTotalsOf([...nearby, ...(previous && !storedItself ? [previous] : [])]);
  for (const [week, minutes] of Object.entries(counters)) totals[week] = (totals[week] ?? 0) + minutes;
  return checkShift({
    shift: { shiftId: 'new', work, times: shift, ...(exception && { exception }) },
    rulebook,
    zone,
    nearby,
    weekTotals: totals,
    ...(previous && { previous }),
  });
};

const ruleIdsOf = (breaches: readonly { ruleId: string }[]) => breaches.map(({ ruleId }) => ruleId);

describe('checking a shift against a public employee’s rulebook (décret 2000-815)', () => {
  it('accepts an ordinary day, and gives its figures', () => {
    const result = check({
      shift: times(day(2), '09:00', '17:00', 30),
      nearby: [stored(day(1), '09:00', '17:00', 30)],
    });
    expect(result.refused).toEqual([]);
    expect(result.accepted).toEqual([]);
    expect(result.figures).toMatchObject({
      day: day(2),
      week: monday,
      shiftWorkedMinutes: 450,
      dayWorkedMinutes: 450,
      daySpanMinutes: 480,
      restBeforeMinutes: 16 * 60,
      weekWorkedMinutes: 900,
    });
    expect(result.figures).not.toHaveProperty('restAfterMinutes');
  });

  it('refuses more than 10 h of work in a day, with the rule, the figures and its source', () => {
    const [breach, ...others] = check({ shift: times(day(2), '08:00', '19:30', 60) }).refused;
    expect(others).toEqual([]);
    expect(breach).toMatchObject({
      ruleId: 'daily-work-max',
      limit: 600,
      actual: 630,
      unit: 'minutes',
      on: day(2),
      exceptionAllowed: false,
      exceptionGrounds: ['exceptional-circumstances'],
    });
    expect(breach?.source.article).toContain('2000-815, art. 3');
  });

  it('refuses a day that spans more than 12 h, and takes one of 12 h exactly', () => {
    const morning = stored(day(2), '08:00', '12:00');
    expect(ruleIdsOf(check({ shift: times(day(2), '16:00', '20:00'), nearby: [morning] }).refused)).toEqual(
      [],
    );
    const late = check({ shift: times(day(2), '17:00', '20:30'), nearby: [morning] });
    expect(late.refused).toMatchObject([{ ruleId: 'daily-span-max', limit: 720, actual: 750 }]);
    expect(late.figures.dayWorkedMinutes).toBe(450);
  });

  it('counts the 11 h rest across midnight, before and after the day', () => {
    const evening = stored(day(1), '14:00', '23:30', 30);
    expect(check({ shift: times(day(2), '09:00', '17:00', 30), nearby: [evening] }).refused).toMatchObject([
      { ruleId: 'daily-rest-min', limit: 660, actual: 570, on: day(1) },
    ]);
    expect(check({ shift: times(day(2), '10:30', '17:00', 30), nearby: [evening] }).refused).toEqual([]);
    // A show's strike until half past midnight, then a call at 10:00: 9 h 30 of rest after the day.
    const nextMorning = stored(day(3), '10:00', '16:00', 30);
    const strike = check({
      shift: times(day(2), '18:00', '00:30', 30),
      work: 'strike',
      nearby: [nextMorning],
    });
    expect(strike.figures).toMatchObject({ day: day(2), restAfterMinutes: 570 });
    expect(ruleIdsOf(strike.refused)).toEqual(['daily-rest-min']);
  });

  it('counts the rest after a long night two days back, that ends the day before', () => {
    // Set-up from Monday 22:00 to Tuesday 14:00 (12 h with 4 h of breaks, by exception), then Wednesday 00:30.
    const night = stored(day(0), '22:00', '14:00', 240);
    const result = check({
      rulebook: idcc1285Rulebook,
      shift: times(day(2), '00:30', '04:00'),
      nearby: [night],
    });
    expect(result.figures.restBeforeMinutes).toBe(630);
    expect(ruleIdsOf(result.refused)).toEqual(['daily-rest-min']);
  });

  it('refuses a 49th hour in a week, and takes the 48th', () => {
    const days = [0, 1, 2, 3].map((offset) => stored(day(offset), '08:00', '18:30', 30));
    expect(check({ shift: times(day(4), '08:00', '16:30', 30), nearby: days }).refused).toEqual([]);
    const result = check({ shift: times(day(4), '08:00', '17:30', 30), nearby: days });
    expect(result.refused).toMatchObject([
      { ruleId: 'weekly-work-max', limit: 2880, actual: 2940, on: monday },
    ]);
  });

  it('holds 44 h on average over 12 weeks: one heavy week after eleven at 43 h passes, after eleven at 44 h not', () => {
    const elevenWeeks = (minutes: number) =>
      Object.fromEntries(
        Array.from({ length: 11 }, (_, index) => [plusDays(monday, -7 * (index + 1)), minutes]),
      );
    // This week holds 38 h already; the new 10 h shift makes it 48 h.
    const heavy = (counters: Record<string, number>) =>
      check({ shift: times(day(4), '08:00', '18:30', 30), counters: { ...counters, [monday]: 38 * 60 } });
    expect(heavy(elevenWeeks(43 * 60)).refused).toEqual([]);
    expect(heavy(elevenWeeks(43 * 60)).figures.rollingAverageMinutes).toBe(2605);
    expect(heavy(elevenWeeks(44 * 60)).refused).toMatchObject([
      { ruleId: 'rolling-average-max', limit: 2640, actual: 2660, on: plusDays(monday, -77) },
    ]);
    // The weeks already planned after it count as well: each run of 12 weeks that holds this one.
    const ahead = Object.fromEntries(
      Array.from({ length: 11 }, (_, index) => [plusDays(monday, 7 * (index + 1)), 44 * 60]),
    );
    expect(heavy(ahead).refused).toMatchObject([{ ruleId: 'rolling-average-max', actual: 2660, on: monday }]);
  });

  it('wants 35 h of rest in the week, counted on to the Monday after', () => {
    const week = [0, 1, 2, 3, 4].map((offset) => stored(day(offset), '09:00', '17:00', 30));
    const nextMonday = stored(day(7), '09:00', '17:00', 30);
    const saturdayEvening = times(day(5), '20:00', '23:00');
    // Friday 17:00 → Saturday 20:00 is 27 h, Saturday 23:00 → Monday 09:00 is 34 h.
    expect(check({ shift: saturdayEvening, nearby: [...week, nextMonday] }).refused).toMatchObject([
      { ruleId: 'weekly-rest-min', limit: 2100, actual: 2040, on: monday },
    ]);
    expect(check({ shift: saturdayEvening, nearby: week }).figures.weeklyRestMinutes).toBe(49 * 60);
    expect(
      check({ shift: times(day(6), '09:00', '17:00', 30), nearby: [...week, nextMonday] }).refused,
    ).toEqual([]);
  });

  it('checks the week before’s rest too when the shift is on a Monday, as it ends that rest', () => {
    const week = [0, 1, 2, 3, 4, 5].map((offset) => stored(day(offset), '09:00', '17:00', 30));
    // Saturday 17:00 → Monday 03:00 is 34 h: the week before has too short a rest; the new week has all its own.
    const early = check({ shift: times(day(7), '03:00', '09:00', 20), nearby: week });
    expect(early.figures).toMatchObject({ week: day(7), weekBeforeRestMinutes: 2040 });
    expect(early.refused).toMatchObject([{ ruleId: 'weekly-rest-min', actual: 2040, on: monday }]);
    expect(check({ shift: times(day(7), '09:00', '15:00', 20), nearby: week }).refused).toEqual([]);
    expect(check({ shift: times(day(8), '03:00', '09:00', 20), nearby: week }).figures).not.toHaveProperty(
      'weekBeforeRestMinutes',
    );
  });

  it('wants a 20-minute break once a run of work reaches 6 h', () => {
    expect(check({ shift: times(day(2), '09:00', '15:00') }).refused).toMatchObject([
      { ruleId: 'break-min', limit: 20, actual: 0 },
    ]);
    expect(check({ shift: times(day(2), '09:00', '14:59') }).refused).toEqual([]);
    expect(check({ shift: times(day(2), '09:00', '15:20', 20) }).refused).toEqual([]);
    // Two shifts ten minutes apart are one run; twenty minutes apart, the gap is the break.
    const morning = stored(day(2), '09:00', '12:00');
    expect(check({ shift: times(day(2), '12:10', '15:10'), nearby: [morning] }).refused).toMatchObject([
      { ruleId: 'break-min', actual: 10 },
    ]);
    expect(check({ shift: times(day(2), '12:20', '15:20'), nearby: [morning] }).refused).toEqual([]);
  });

  it('takes an exception for exceptional circumstances with a reason, not a premiere', () => {
    const long = times(day(2), '08:00', '19:30', 60);
    const reason = 'Inondation de la salle : mise en sécurité du matériel';
    const decided = check({ shift: long, exception: { ground: 'exceptional-circumstances', reason } });
    expect(decided.refused).toEqual([]);
    expect(decided.accepted).toMatchObject([{ ruleId: 'daily-work-max', acceptedWith: { reason } }]);
    const premiere = { ground: 'premiere' as const, reason: 'Première', premiereDate: day(10) };
    expect(check({ shift: long, exception: premiere }).refused).toMatchObject([
      { ruleId: 'daily-work-max', exceptionAllowed: false },
    ]);
  });

  it('refuses times that make no shift before checking anything', () => {
    const backwards = { startsAt: at(day(2), '10:00'), endsAt: at(day(2), '09:00'), breakMinutes: 0 };
    expect(() => check({ shift: backwards })).toThrow(/planned.endsAt/);
  });

  it('refuses a shift over another of the person’s', () => {
    const morning = stored(day(2), '09:00', '12:00');
    const result = check({ shift: times(day(2), '11:30', '14:00'), nearby: [morning] });
    expect(result.overlaps).toEqual([morning.shiftId]);
    expect(() => assertShiftAllowed(result)).toThrow(ShiftOverlapsError);
    expect(check({ shift: times(day(2), '12:00', '14:00'), nearby: [morning] }).overlaps).toEqual([]);
  });

  it('checks a changed shift without its old times: neither an overlap with itself nor its old hours twice', () => {
    const days = [0, 1, 2, 3].map((offset) => stored(day(offset), '08:00', '18:30', 30));
    const old = times(day(4), '08:00', '16:00');
    const itself = { shiftId: 'new', ...old };
    const longer = check({
      shift: times(day(4), '08:00', '16:30', 30),
      nearby: [...days, itself],
      previous: old,
    });
    expect(longer.overlaps).toEqual([]);
    expect(longer.figures.weekWorkedMinutes).toBe(2880);
    expect(longer.refused).toEqual([]);
    // Moved to the next week: it leaves this week's total.
    const moved = check({ shift: times(day(7), '08:00', '16:00'), nearby: days, previous: old });
    expect(moved.figures).toMatchObject({ week: day(7), weekWorkedMinutes: 480 });
  });

  it('counts real hours over a change of time: the March night is 7 h, October’s 9 h', () => {
    expect(check({ shift: times('2027-03-27', '22:00', '06:00', 20) }).figures.shiftWorkedMinutes).toBe(400);
    expect(check({ shift: times('2027-10-30', '22:00', '06:00', 20) }).figures.shiftWorkedMinutes).toBe(520);
    // 20:00 to 07:00 on the clock, with an hour of break: 10 h of work on an ordinary night, 11 h on October's.
    expect(check({ shift: times('2027-10-23', '20:00', '07:00', 60) }).refused).toEqual([]);
    expect(check({ shift: times('2027-10-30', '20:00', '07:00', 60) }).refused).toMatchObject([
      { ruleId: 'daily-work-max', actual: 660 },
    ]);
  });
});

describe('checking a shift under the live-performance agreement (IDCC 1285)', () => {
  const rulebook = idcc1285Rulebook;
  // 11 h of work on 10 March 2027, a Wednesday.
  const long = times('2027-03-10', '08:00', '19:30', 30);
  const premiere = (premiereDate: string, reason = 'Montage lumière de la création') => ({
    ground: 'premiere' as const,
    reason,
    premiereDate,
  });

  it('wants a call of 3 h 30 at least', () => {
    expect(check({ rulebook, shift: times('2027-03-10', '14:00', '17:00') }).refused).toMatchObject([
      { ruleId: 'minimum-call', limit: 210, actual: 180 },
    ]);
    expect(check({ rulebook, shift: times('2027-03-10', '14:00', '17:30') }).refused).toEqual([]);
    expect(check({ shift: times('2027-03-10', '14:00', '17:00') }).refused).toEqual([]);
  });

  it('takes 12 h in the 15 days before a premiere with a reason, refuses it without one', () => {
    const accepted = check({ rulebook, shift: long, exception: premiere('2027-03-20') });
    expect(accepted.refused).toEqual([]);
    expect(accepted.accepted).toMatchObject([
      { ruleId: 'daily-work-max', limit: 600, actual: 660, exceptionAllowed: true, exceptionLimit: 720 },
    ]);
    expect(assertShiftAllowed(accepted)).toBe(accepted);

    const asked = check({ rulebook, shift: long });
    expect(asked.refused).toMatchObject([
      {
        ruleId: 'daily-work-max',
        exceptionAllowed: false,
        exceptionGrounds: ['tour', 'festival', 'premiere', 'set-up-strike'],
      },
    ]);
    const noReason = check({ rulebook, shift: long, exception: premiere('2027-03-20', '  ') });
    expect(noReason.refused).toMatchObject([{ ruleId: 'daily-work-max', exceptionAllowed: true }]);
    expect(noReason.accepted).toEqual([]);
  });

  it('refuses the premiere exception outside the 15 days before it, and past 12 h', () => {
    expect(check({ rulebook, shift: long, exception: premiere('2027-03-25') }).accepted).toHaveLength(1);
    expect(check({ rulebook, shift: long, exception: premiere('2027-03-26') }).refused).toMatchObject([
      { ruleId: 'daily-work-max', exceptionAllowed: false },
    ]);
    expect(check({ rulebook, shift: long, exception: premiere('2027-03-10') }).refused).toHaveLength(1);
    const thirteen = times('2027-03-10', '07:00', '20:30', 30);
    expect(check({ rulebook, shift: thirteen, exception: premiere('2027-03-20') }).refused).toMatchObject([
      { ruleId: 'daily-work-max', actual: 780, exceptionAllowed: false },
    ]);
  });

  it('takes 12 h for a set-up or a strike, on tour or at a festival', () => {
    const setUp = { ground: 'set-up-strike' as const, reason: 'Montage du décor' };
    expect(check({ rulebook, shift: long, work: 'set-up', exception: setUp }).refused).toEqual([]);
    expect(check({ rulebook, shift: long, work: 'strike', exception: setUp }).refused).toEqual([]);
    expect(check({ rulebook, shift: long, work: 'rehearsal', exception: setUp }).refused).toHaveLength(1);
    for (const ground of ['tour', 'festival'] as const) {
      expect(check({ rulebook, shift: long, exception: { ground, reason: 'Avignon' } }).refused).toEqual([]);
    }
  });

  it('says which rule, limit and figures a refusal is for, in the error the API answers', () => {
    const result = check({ rulebook, shift: long });
    try {
      assertShiftAllowed(result);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ShiftBreaksRuleError);
      expect(error).toMatchObject({
        code: 'shift_breaks_rule',
        details: {
          breaches: [{ ruleId: 'daily-work-max', limit: 600, actual: 660 }],
          figures: { day: '2027-03-10' },
        },
      });
    }
  });
});

describe('checking an intermittent’s shift', () => {
  it('holds the agreement’s daily limit and the Code du travail’s, without a minimum call', () => {
    const rulebook = intermittentRulebook;
    expect(check({ rulebook, shift: times('2027-03-10', '14:00', '16:00') }).refused).toEqual([]);
    expect(ruleIdsOf(check({ rulebook, shift: times('2027-03-10', '08:00', '19:30', 30) }).refused)).toEqual([
      'daily-work-max',
    ]);
  });
});

describe('what a check reads', () => {
  it('is the days from the Sunday before the week to the Monday after, and the weeks of its rolling periods', () => {
    const { days, weeks } = checkContextOf('2027-01-13', publicServiceRulebook);
    expect(days).toEqual(['2027-01-10', ...[0, 1, 2, 3, 4, 5, 6].map(day), '2027-01-18']);
    // A Monday's shift needs the week before as well.
    const mondays = checkContextOf(monday, publicServiceRulebook).days;
    expect([mondays.length, mondays[0], mondays.at(-1)]).toEqual([16, '2027-01-03', '2027-01-18']);
    expect(weeks).toHaveLength(23);
    expect([weeks[0], weeks[11], weeks[22]]).toEqual(['2026-10-26', monday, '2027-03-29']);
  });

  it('is the checker’s input once read: the days’ shifts and the weeks’ totals, with the versions to save on', () => {
    const shift = stored(day(2), '09:00', '17:00', 30);
    const read = checkInputOf(
      [{ date: day(2), shifts: [shift], workedMinutes: 450, version: 3 }],
      [{ monday, workedMinutes: 450, version: 7 }],
    );
    expect(read).toEqual({
      nearby: [shift],
      weekTotals: { [monday]: 450 },
      versions: { days: { [day(2)]: 3 }, weeks: { [monday]: 7 } },
    });
  });
});
