import { daysFrom, mondayOf, plusDays } from '#domain/shared/calendar/calendar-days';
import { contractCovers, type StaffContract } from './contract';
import { hourKindsOf } from './hour-kinds';
import { type NightHours, rulebooks } from './rulebooks';
import type { ShiftTimes } from './shift';
import type { HoursShift, PersonWeek } from './time-hours-ports';

/**
 * The totals of the technical staff's hours: per person over a week, a month and the rolling 12 weeks, planned and
 * actual side by side, with the night, Sunday and public-holiday minutes apart (`hour-kinds.ts`: a minute may be of
 * several kinds, each counted on its own); per production, the hours and their cost at each contract's hourly rate.
 * A shift's hours count for its day (the local day it starts) and that day's week.
 */

export const hourKindNames = ['normal', 'night', 'sunday', 'publicHoliday'] as const;
export type HourKindName = (typeof hourKindNames)[number];

export interface KindMinutes extends Record<HourKindName, number> {
  worked: number;
}

export interface PlannedAndActual {
  planned: KindMinutes;
  /** The actual minutes of the shifts whose hours were entered. */
  actual: KindMinutes;
  shifts: number;
  /** Shifts whose actual hours are not entered yet. */
  unrecorded: number;
}

const noMinutes = (): KindMinutes => ({ worked: 0, normal: 0, night: 0, sunday: 0, publicHoliday: 0 });

/** The night a person's contract counts (its rulebook's), the Code du travail's when none is known. */
export const nightOf = (
  contracts: readonly StaffContract[] | undefined,
  day: string,
): NightHours | undefined => {
  const contract = contracts?.find((each) => contractCovers(each, day)) ?? contracts?.[0];
  return contract ? rulebooks[contract.rulebookId].night : undefined;
};

export const kindMinutesOf = (times: ShiftTimes, zone: string, night?: Pick<NightHours, 'from' | 'to'>) => {
  const kinds = hourKindsOf(times, zone, night);
  return {
    worked: kinds.workedMinutes,
    normal: kinds.normal,
    night: kinds.night,
    sunday: kinds.sunday,
    publicHoliday: kinds.publicHoliday,
  };
};

const add = (sum: KindMinutes, more: KindMinutes) => {
  sum.worked += more.worked;
  for (const kind of hourKindNames) sum[kind] += more[kind];
};

export interface TotalsContext {
  zone: string;
  /** Each person's contracts, for the night hours of their rulebook. */
  contracts: ReadonlyMap<string, readonly StaffContract[]>;
}

/** The planned and actual minutes of some shifts, by kind. */
export const plannedAndActualOf = (
  shifts: readonly HoursShift[],
  context: TotalsContext,
): PlannedAndActual => {
  const total: PlannedAndActual = { planned: noMinutes(), actual: noMinutes(), shifts: 0, unrecorded: 0 };
  for (const shift of shifts) {
    const night = nightOf(context.contracts.get(shift.personId), shift.day);
    add(total.planned, kindMinutesOf(shift.planned, context.zone, night));
    if (shift.actual) add(total.actual, kindMinutesOf(shift.actual, context.zone, night));
    else total.unrecorded += 1;
    total.shifts += 1;
  }
  return total;
};

/** The weeks the rolling average runs over. */
export const rollingWeeks = 12;
/** The longest span the totals take, in days (a quarter). */
export const maxTotalsDays = 92;

const monthOf = (day: string) => day.slice(0, 7);
const firstOfMonth = (month: string) => `${month}-01`;
const lastOfMonth = (month: string) => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return plusDays(
    number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`,
    -1,
  );
};

/** Every Monday from the week of `from` to the week of `to`. */
export const mondaysBetween = (from: string, to: string) => {
  const first = mondayOf(from);
  return Array.from({ length: Math.floor(daysFrom(first, mondayOf(to)) / 7) + 1 }, (_, index) =>
    plusDays(first, 7 * index),
  );
};

/** The months (YYYY-MM) from `from`'s to `to`'s. */
const monthsBetween = (from: string, to: string) => {
  const months = [monthOf(from)];
  while ((months.at(-1) as string) < monthOf(to))
    months.push(monthOf(plusDays(lastOfMonth(months.at(-1) as string), 1)));
  return months;
};

/**
 * The weeks to read for a span's totals: the weeks of its months (whole) and the 12 weeks that end with its last
 * week (the rolling average).
 */
export const weeksToReadFor = (from: string, to: string) => {
  const first = [
    firstOfMonth(monthOf(from)),
    plusDays(mondayOf(to), -7 * (rollingWeeks - 1)),
  ].sort()[0] as string;
  return mondaysBetween(first, lastOfMonth(monthOf(to)));
};

export interface PersonTotals {
  personId: string;
  period: { from: string; to: string } & PlannedAndActual;
  weeks: ({ monday: string; approved: boolean } & PlannedAndActual)[];
  months: ({ month: string } & PlannedAndActual)[];
  rolling12Weeks: {
    from: string;
    to: string;
    averagePlannedMinutes: number;
    averageActualMinutes: number;
  } & PlannedAndActual;
}

/**
 * One person's totals over a span: the span itself, each of its weeks (with their approval), each of its months
 * (whole) and the 12 weeks that end with its last week, with the weekly averages.
 */
export const personTotalsOf = (
  personId: string,
  span: { from: string; to: string },
  shifts: readonly HoursShift[],
  weeks: readonly PersonWeek[],
  context: TotalsContext,
): PersonTotals => {
  const own = shifts.filter((shift) => shift.personId === personId);
  const within = (from: string, to: string) =>
    plannedAndActualOf(
      own.filter(({ day }) => day >= from && day <= to),
      context,
    );
  const approved = new Set(
    weeks.filter((week) => week.personId === personId && week.approved).map(({ monday }) => monday),
  );
  const rollingFrom = plusDays(mondayOf(span.to), -7 * (rollingWeeks - 1));
  const rollingTo = plusDays(mondayOf(span.to), 6);
  const rolling = within(rollingFrom, rollingTo);
  return {
    personId,
    period: { ...span, ...within(span.from, span.to) },
    weeks: mondaysBetween(span.from, span.to).map((monday) => ({
      monday,
      approved: approved.has(monday),
      ...within(monday, plusDays(monday, 6)),
    })),
    months: monthsBetween(span.from, span.to).map((month) => ({
      month,
      ...within(firstOfMonth(month), lastOfMonth(month)),
    })),
    rolling12Weeks: {
      from: rollingFrom,
      to: rollingTo,
      ...rolling,
      averagePlannedMinutes: Math.round(rolling.planned.worked / rollingWeeks),
      averageActualMinutes: Math.round(rolling.actual.worked / rollingWeeks),
    },
  };
};

export { firstOfMonth, lastOfMonth, monthsBetween };

/** The minutes a shift counts for pay and cost: its actual ones once entered, its planned ones until then. */
export const countedTimesOf = (shift: Pick<HoursShift, 'planned' | 'actual'>) =>
  shift.actual ?? shift.planned;

export interface ProjectPersonCost {
  personId: string;
  plannedMinutes: number;
  actualMinutes: number;
  /** Actual minutes where entered, planned ones otherwise. */
  countedMinutes: number;
  /** The counted minutes at the rate of the contract in force on each shift's day. */
  costCents: number;
  /** Counted minutes of shifts whose contract has no hourly rate: not in the cost. */
  unpricedMinutes: number;
}

const minutesOfTimes = (times: ShiftTimes) => hourKindsOf(times, 'UTC').workedMinutes;

/** A production's hours and cost per person and in all, at each contract's `hourlyRateCents`. */
export const projectCostOf = (
  shifts: readonly HoursShift[],
  contracts: ReadonlyMap<string, readonly StaffContract[]>,
) => {
  const byPerson = new Map<string, ProjectPersonCost>();
  for (const shift of shifts) {
    const cost = byPerson.get(shift.personId) ?? {
      personId: shift.personId,
      plannedMinutes: 0,
      actualMinutes: 0,
      countedMinutes: 0,
      costCents: 0,
      unpricedMinutes: 0,
    };
    const counted = minutesOfTimes(countedTimesOf(shift));
    const rate = contracts
      .get(shift.personId)
      ?.find((each) => contractCovers(each, shift.day))?.hourlyRateCents;
    cost.plannedMinutes += minutesOfTimes(shift.planned);
    cost.actualMinutes += shift.actual ? minutesOfTimes(shift.actual) : 0;
    cost.countedMinutes += counted;
    if (rate === undefined) cost.unpricedMinutes += counted;
    else cost.costCents += Math.round((counted * rate) / 60);
    byPerson.set(shift.personId, cost);
  }
  const people = [...byPerson.values()];
  const sum = (pick: (cost: ProjectPersonCost) => number) =>
    people.reduce((total, each) => total + pick(each), 0);
  return {
    people,
    total: {
      plannedMinutes: sum(({ plannedMinutes }) => plannedMinutes),
      actualMinutes: sum(({ actualMinutes }) => actualMinutes),
      countedMinutes: sum(({ countedMinutes }) => countedMinutes),
      costCents: sum(({ costCents }) => costCents),
      unpricedMinutes: sum(({ unpricedMinutes }) => unpricedMinutes),
    },
  };
};
