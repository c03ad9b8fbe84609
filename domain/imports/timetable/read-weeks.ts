import { keyOf } from '#domain/shared/text';
import type { CellReading } from './cell-reading';
import type { WeekRule } from './timetable-row';

const everyWeek = ['', 'toutes', 'tous', 'toutes-les-semaines', 'hebdomadaire', 'all', 'every', 'every-week'];
const weekA = ['a', 'sem-a', 'semaine-a', 'week-a', 'qa'];
const weekB = ['b', 'sem-b', 'semaine-b', 'week-b', 'qb'];

/**
 * The weeks a line runs: every week when empty or « toutes », week A or B of the alternation, or ISO week numbers
 * and ranges, « 37-43,45,46 ». A range may run over New Year: « 50-3 » is weeks 50 to 53 and 1 to 3.
 */
export const readWeeks = (cell: string): CellReading<WeekRule> => {
  const key = keyOf(cell);
  if (everyWeek.includes(key)) return { value: { kind: 'every' } };
  if (weekA.includes(key)) return { value: { kind: 'alternate', week: 'A' } };
  if (weekB.includes(key)) return { value: { kind: 'alternate', week: 'B' } };
  const weeks = listedWeeks(cell);
  return weeks
    ? { value: { kind: 'listed', weeks } }
    : {
        reason: `"${cell}" is not a choice of weeks: leave it empty for every week, write A or B, or ISO week numbers such as 37-43,45`,
      };
};

const listedWeeks = (cell: string): number[] | undefined => {
  const weeks = new Set<number>();
  for (const part of cell.split(/[,;\s]+/).filter((item) => item !== '')) {
    const match = /^(\d{1,2})(?:[-–](\d{1,2}))?$/.exec(part);
    const first = Number(match?.[1]);
    const last = Number(match?.[2] ?? first);
    if (!match || !isWeekNumber(first) || !isWeekNumber(last)) return undefined;
    for (let week = first; week !== last; week = (week % 53) + 1) weeks.add(week);
    weeks.add(last);
  }
  return weeks.size > 0 ? [...weeks].sort((a, b) => a - b) : undefined;
};

const isWeekNumber = (week: number) => Number.isInteger(week) && week >= 1 && week <= 53;
