import { type HalfDay, halfDayKey, halfDayOfKey, halfDaysOf, monthOf } from './half-days';
import { type Justification, standingOf } from './justification';
import type { AbsenceItem } from './register';

/** A pupil's mark in one course, as the register left it (`AbsenceItem`): absent, or late by some minutes. */
export type AbsenceMark = Pick<AbsenceItem, 'startsAt' | 'endsAt' | 'kind' | 'minutes'>;

export interface HalfDayCount {
  /** Half-days with an absence in at least one course. */
  halfDays: number;
  justified: number;
  /** Not justified: nobody said a word, staff refused it, or it still awaits staff. */
  unjustified: number;
  /** Of the unjustified, those awaiting staff's decision. */
  pending: number;
  /** Lateness apart: how many times, and the minutes in all. */
  lates: number;
  lateMinutes: number;
}

export const emptyCount = (): HalfDayCount => ({
  halfDays: 0,
  justified: 0,
  unjustified: 0,
  pending: 0,
  lates: 0,
  lateMinutes: 0,
});

/** The distinct half-days a pupil's absences take (a late arrival takes none). */
export const absentHalfDays = (marks: readonly AbsenceMark[], timeZone: string): HalfDay[] => {
  const keys = new Set(
    marks
      .filter((mark) => mark.kind === 'absent')
      .flatMap((mark) => halfDaysOf(mark, timeZone).map(halfDayKey)),
  );
  return [...keys].sort().map(halfDayOfKey);
};

/**
 * A pupil's count over a period, as the law counts it: each half-day with an absence once, justified when an
 * accepted justification covers it; lateness counted apart.
 */
export const countHalfDays = (
  marks: readonly AbsenceMark[],
  justifications: readonly Pick<Justification, 'from' | 'to' | 'state'>[],
  timeZone: string,
): HalfDayCount => {
  const count = emptyCount();
  for (const halfDay of absentHalfDays(marks, timeZone)) {
    const standing = standingOf(halfDay, justifications);
    count.halfDays += 1;
    if (standing === 'justified') count.justified += 1;
    else count.unjustified += 1;
    if (standing === 'pending') count.pending += 1;
  }
  for (const mark of marks)
    if (mark.kind === 'late') {
      count.lates += 1;
      count.lateMinutes += mark.minutes ?? 0;
    }
  return count;
};

/** The sum of several pupils' counts: a class's. */
export const sumCounts = (counts: Iterable<HalfDayCount>) => {
  const total = emptyCount();
  for (const count of counts)
    for (const key of Object.keys(total) as (keyof HalfDayCount)[]) total[key] += count[key];
  return total;
};

/** Four unjustified half-days in a calendar month: the school must act (Code de l'éducation, L131-8). */
export const flagThreshold = 4;

/** The months (YYYY-MM) in which a pupil reached the threshold of unjustified half-days. */
export const monthsToFlag = (
  marks: readonly AbsenceMark[],
  justifications: readonly Pick<Justification, 'from' | 'to' | 'state'>[],
  timeZone: string,
): string[] => {
  const unjustified = new Map<string, number>();
  for (const halfDay of absentHalfDays(marks, timeZone))
    if (standingOf(halfDay, justifications) !== 'justified')
      unjustified.set(monthOf(halfDay), (unjustified.get(monthOf(halfDay)) ?? 0) + 1);
  return [...unjustified].filter(([, count]) => count >= flagThreshold).map(([month]) => month);
};
