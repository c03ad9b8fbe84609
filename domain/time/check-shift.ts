import { DateTime } from 'luxon';
import { daysFrom, mondayOf, plusDays } from '#domain/shared/calendar/calendar-days';
import {
  type ExceptionGround,
  type Rule,
  type Rulebook,
  type RuleId,
  type RuleSource,
  ruleOf,
} from './rulebooks';
import {
  checkShiftTimes,
  dayOfShift,
  intervalOf,
  type ShiftException,
  type ShiftTimes,
  type ShiftWork,
  workedMinutesOf,
} from './shift';
import { ShiftBreaksRuleError, ShiftOverlapsError } from './time-errors';

/**
 * Checks a shift as it is planned, against its person's rulebook: the day's work, span and breaks, the rest
 * before and after the day, the week's work and its weekly rest, and the average over the rolling weeks. A shift's
 * hours count for the day it starts (in the school's zone) and that day's ISO week.
 *
 * The checker is pure and reads no year of shifts: it takes the person's shifts of the days around the new one
 * (`checkContextOf` says which days) and the worked minutes of each week around it, which the store keeps as
 * counters (`time-ports.ts`). A breach is refused with its rule and figures; where the rulebook allows an exception
 * and the shift's exception holds (its ground, within the exception's limit) with a reason, it is accepted.
 */

/** Another shift of the person, as the store gives it. */
export interface NearbyShift extends ShiftTimes {
  shiftId: string;
}

export interface ShiftCheckInput {
  /** The new or changed shift, with its planned times. */
  shift: { shiftId: string; work: ShiftWork; times: ShiftTimes; exception?: ShiftException };
  rulebook: Rulebook;
  zone: string;
  /** The person's shifts of the days `checkContextOf` names (the shift itself, if stored, is left out here). */
  nearby: readonly NearbyShift[];
  /** Worked minutes by week (its Monday, YYYY-MM-DD) as stored, the changed shift's previous times included. */
  weekTotals: Readonly<Record<string, number>>;
  /** The changed shift's times as stored, taken off its week's total. */
  previous?: ShiftTimes;
}

export interface Breach {
  ruleId: RuleId;
  limit: number;
  actual: number;
  unit: 'minutes';
  /** The day (YYYY-MM-DD) or, for the week's rules, the week's Monday; for the average, its first week's. */
  on: string;
  /** The rulebook allows an exception here, the shift's exception's ground holds, and the figure is within it. */
  exceptionAllowed: boolean;
  /** The grounds the rule allows, whatever the shift says. */
  exceptionGrounds: readonly ExceptionGround[];
  /** How far the exception goes, when it has a bound. */
  exceptionLimit?: number;
  source: RuleSource;
  /** The exception and its reason that accept the breach. */
  acceptedWith?: ShiftException;
}

export interface ShiftFigures {
  /** The shift's day and its week's Monday. */
  day: string;
  week: string;
  shiftWorkedMinutes: number;
  dayWorkedMinutes: number;
  daySpanMinutes: number;
  /** From the last end of the days before to the day's first start; none when they hold no shift. */
  restBeforeMinutes?: number;
  /** From the day's last end to the first start of the days after. */
  restAfterMinutes?: number;
  weekWorkedMinutes: number;
  /** The longest rest starting in the week (as far as the Monday after). */
  weeklyRestMinutes: number;
  /** For a shift on a Monday: the week before's longest rest, which the shift may cut. */
  weekBeforeRestMinutes?: number;
  /** The highest average over the rolling weeks that hold this week. */
  rollingAverageMinutes: number;
}

export interface ShiftCheck {
  refused: Breach[];
  accepted: Breach[];
  /** The shifts of the person the new one overlaps. */
  overlaps: string[];
  figures: ShiftFigures;
}

/**
 * What the checker needs read for a shift starting on `day`, as the keys of the store's items: the days of shifts
 * (from the Sunday before its week to the Monday after: 9; from the Sunday before the week before, for a Monday,
 * whose shift may cut the week before's last rest: 16) and the weeks of totals (every run of rolling weeks that
 * holds its week: 23 for 12 weeks). A moved shift also needs its old day and week, for their versions.
 */
export const checkContextOf = (day: string, rulebook: Rulebook) => {
  const monday = mondayOf(day);
  const weeks = ruleOf(rulebook, 'rolling-average-max')?.weeks ?? 1;
  const firstDay = day === monday ? plusDays(monday, -8) : plusDays(monday, -1);
  return {
    days: Array.from({ length: daysFrom(firstDay, plusDays(monday, 7)) + 1 }, (_, index) =>
      plusDays(firstDay, index),
    ),
    weeks: Array.from({ length: 2 * weeks - 1 }, (_, index) => plusDays(monday, 7 * (index - (weeks - 1)))),
  };
};

interface Interval {
  start: number;
  end: number;
  breakMinutes: number;
  workedMinutes: number;
}

const intervalOfShift = (times: ShiftTimes): Interval => ({
  ...intervalOf(times),
  breakMinutes: times.breakMinutes,
  workedMinutes: workedMinutesOf(times),
});

const minutesBetween = (from: number, to: number) => Math.round((to - from) / 60_000);

const groundHolds = (input: ShiftCheckInput, day: string): boolean => {
  const { exception, work } = input.shift;
  if (!exception) return false;
  switch (exception.ground) {
    case 'premiere': {
      if (!exception.premiereDate) return false;
      const before = daysFrom(day, exception.premiereDate);
      return before >= 1 && before <= input.rulebook.premiereDays;
    }
    case 'set-up-strike':
      return work === 'set-up' || work === 'strike';
    default:
      return true;
  }
};

/** The longest rest that starts in the week: rests are cut at its Monday, and run on to the Monday after at most. */
const longestWeeklyRest = (
  intervals: readonly Interval[],
  weekStart: number,
  weekEnd: number,
  windowEnd: number,
) => {
  let cursor = weekStart;
  let longest = 0;
  for (const { start, end } of [...intervals].sort((left, right) => left.start - right.start)) {
    if (start >= windowEnd || cursor >= weekEnd) break;
    if (start > cursor) longest = Math.max(longest, minutesBetween(cursor, Math.min(start, windowEnd)));
    cursor = Math.max(cursor, end);
  }
  if (cursor < weekEnd) longest = Math.max(longest, minutesBetween(cursor, windowEnd));
  return longest;
};

/** The pauses of a day's runs of work: shifts less than `pause` apart make one run, their gaps count as pauses. */
const runsOf = (intervals: readonly Interval[], pause: number) => {
  const runs: { workedMinutes: number; pauseMinutes: number }[] = [];
  let last: Interval | undefined;
  for (const interval of [...intervals].sort((left, right) => left.start - right.start)) {
    const gap = last ? minutesBetween(last.end, interval.start) : Number.POSITIVE_INFINITY;
    const run = runs.at(-1);
    if (run && gap < pause) {
      run.workedMinutes += interval.workedMinutes;
      run.pauseMinutes += Math.max(0, gap) + interval.breakMinutes;
    } else runs.push({ workedMinutes: interval.workedMinutes, pauseMinutes: interval.breakMinutes });
    last = interval;
  }
  return runs;
};

/** The day's figures: its work and span, and the rests before and after it. */
const dayFiguresOf = (others: readonly NearbyShift[], current: Interval, day: string, zone: string) => {
  const dayOf = (times: ShiftTimes) => dayOfShift(times, zone);
  const intervals = [...others.filter((other) => dayOf(other) === day).map(intervalOfShift), current];
  const dayStart = Math.min(...intervals.map(({ start }) => start));
  const dayEnd = Math.max(...intervals.map(({ end }) => end));
  // Every earlier day, not only the day before: a long night shift two days back may end late the day before.
  const before = others.filter((other) => dayOf(other) < day).map(intervalOfShift);
  const after = others.filter((other) => dayOf(other) > day).map(intervalOfShift);
  return {
    intervals,
    dayWorkedMinutes: intervals.reduce((sum, { workedMinutes }) => sum + workedMinutes, 0),
    daySpanMinutes: minutesBetween(dayStart, dayEnd),
    restBeforeMinutes:
      before.length > 0 ? minutesBetween(Math.max(...before.map(({ end }) => end)), dayStart) : undefined,
    restAfterMinutes:
      after.length > 0 ? minutesBetween(dayEnd, Math.min(...after.map(({ start }) => start))) : undefined,
  };
};

/** The week's figures, from the counters (the changed shift's old minutes out, its new ones in), and its rest. */
const weekFiguresOf = (
  input: ShiftCheckInput,
  others: readonly NearbyShift[],
  current: Interval,
  week: string,
) => {
  const { zone, rulebook, previous } = input;
  const previousWeek = previous ? mondayOf(dayOfShift(previous, zone)) : undefined;
  const totalOf = (monday: string) =>
    (input.weekTotals[monday] ?? 0) -
    (previous && previousWeek === monday ? workedMinutesOf(previous) : 0) +
    (monday === week ? current.workedMinutes : 0);
  const mondayAt = (days: number) => DateTime.fromISO(plusDays(week, days), { zone }).toMillis();
  const intervals = [...others.map(intervalOfShift), current];
  const isMonday = dayOfShift(input.shift.times, zone) === week;
  const rollingWeeks = ruleOf(rulebook, 'rolling-average-max')?.weeks ?? 1;
  const periods = Array.from({ length: rollingWeeks }, (_, index) => {
    const first = plusDays(week, -7 * (rollingWeeks - 1 - index));
    const weeks = Array.from({ length: rollingWeeks }, (_, each) => totalOf(plusDays(first, 7 * each)));
    return { first, average: Math.round(weeks.reduce((sum, minutes) => sum + minutes, 0) / rollingWeeks) };
  });
  return {
    weekWorkedMinutes: totalOf(week),
    weeklyRestMinutes: longestWeeklyRest(intervals, mondayAt(0), mondayAt(7), mondayAt(8)),
    // A Monday's shift ends the week before's last rest, which runs on to the end of that Monday.
    ...(isMonday && {
      weekBeforeRestMinutes: longestWeeklyRest(intervals, mondayAt(-7), mondayAt(0), mondayAt(1)),
    }),
    worstPeriod: periods.reduce((worst, period) => (period.average > worst.average ? period : worst)),
  };
};

/** A figure against its rule, if the rulebook has it: a breach or nothing, accepted when the exception holds. */
const judge = (
  input: ShiftCheckInput,
  day: string,
  check: { ruleId: RuleId; actual: number | undefined; on: string; kind: 'max' | 'min' },
): Breach[] => {
  const { ruleId, actual, on, kind } = check;
  const rule: Rule | undefined = ruleOf(input.rulebook, ruleId);
  if (!rule || actual === undefined) return [];
  const within = (limit: number) => (kind === 'max' ? actual <= limit : actual >= limit);
  if (within(rule.limit)) return [];
  const { exception } = input.shift;
  const grounds = rule.exception?.grounds ?? [];
  const exceptionLimit = rule.exception?.limit;
  const exceptionAllowed =
    exception !== undefined &&
    grounds.includes(exception.ground) &&
    groundHolds(input, day) &&
    (exceptionLimit === undefined || within(exceptionLimit));
  return [
    {
      ruleId,
      limit: rule.limit,
      actual,
      unit: rule.unit,
      on,
      exceptionAllowed,
      exceptionGrounds: grounds,
      ...(exceptionLimit !== undefined && { exceptionLimit }),
      source: rule.source,
      ...(exceptionAllowed && exception?.reason.trim() && { acceptedWith: exception }),
    },
  ];
};

/** The pauses of the day's first run of work that reaches the break rule's threshold with too short a pause. */
const shortPauseOf = (rulebook: Rulebook, intervals: readonly Interval[]) => {
  const rule = ruleOf(rulebook, 'break-min');
  if (rule?.threshold === undefined) return undefined;
  const threshold = rule.threshold;
  return runsOf(intervals, rule.limit).find(
    (run) => run.workedMinutes >= threshold && run.pauseMinutes < rule.limit,
  )?.pauseMinutes;
};

export const checkShift = (input: ShiftCheckInput): ShiftCheck => {
  const { rulebook, zone, shift } = input;
  checkShiftTimes(shift.times);
  const day = dayOfShift(shift.times, zone);
  const week = mondayOf(day);
  const others = input.nearby.filter((other) => other.shiftId !== shift.shiftId);
  const current = intervalOfShift(shift.times);

  // 1. Overlaps with the person's other shifts.
  const overlaps = others
    .filter((other) => {
      const { start, end } = intervalOf(other);
      return start < current.end && current.start < end;
    })
    .map((other) => other.shiftId);

  // 2. The figures of the day, of the week and of the rolling periods.
  const { intervals, ...dayFigures } = dayFiguresOf(others, current, day, zone);
  const { worstPeriod, ...weekFigures } = weekFiguresOf(input, others, current, week);
  const { restBeforeMinutes, restAfterMinutes } = dayFigures;
  const figures: ShiftFigures = {
    day,
    week,
    shiftWorkedMinutes: current.workedMinutes,
    dayWorkedMinutes: dayFigures.dayWorkedMinutes,
    daySpanMinutes: dayFigures.daySpanMinutes,
    ...(restBeforeMinutes !== undefined && { restBeforeMinutes }),
    ...(restAfterMinutes !== undefined && { restAfterMinutes }),
    ...weekFigures,
    rollingAverageMinutes: worstPeriod.average,
  };

  // 3. Each rule of the rulebook against its figure, and the exception the shift asks for.
  const breaches = (
    [
      { ruleId: 'daily-work-max', actual: figures.dayWorkedMinutes, on: day, kind: 'max' },
      { ruleId: 'daily-span-max', actual: figures.daySpanMinutes, on: day, kind: 'max' },
      { ruleId: 'daily-rest-min', actual: restBeforeMinutes, on: plusDays(day, -1), kind: 'min' },
      { ruleId: 'daily-rest-min', actual: restAfterMinutes, on: day, kind: 'min' },
      { ruleId: 'break-min', actual: shortPauseOf(rulebook, intervals), on: day, kind: 'min' },
      { ruleId: 'minimum-call', actual: current.workedMinutes, on: day, kind: 'min' },
      { ruleId: 'weekly-work-max', actual: figures.weekWorkedMinutes, on: week, kind: 'max' },
      {
        ruleId: 'weekly-rest-min',
        actual: figures.weekBeforeRestMinutes,
        on: plusDays(week, -7),
        kind: 'min',
      },
      { ruleId: 'weekly-rest-min', actual: figures.weeklyRestMinutes, on: week, kind: 'min' },
      { ruleId: 'rolling-average-max', actual: worstPeriod.average, on: worstPeriod.first, kind: 'max' },
    ] as const
  ).flatMap((each) => judge(input, day, each));

  return {
    refused: breaches.filter((breach) => !breach.acceptedWith),
    accepted: breaches.filter((breach) => breach.acceptedWith),
    overlaps,
    figures,
  };
};

/** A shift may be saved: it overlaps nothing, and each breach it makes is accepted with a reason. */
export const assertShiftAllowed = (check: ShiftCheck): ShiftCheck => {
  if (check.overlaps.length > 0) throw new ShiftOverlapsError(check.overlaps);
  if (check.refused.length > 0) throw new ShiftBreaksRuleError(check);
  return check;
};
