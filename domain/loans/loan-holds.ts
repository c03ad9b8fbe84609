import { daysBetween, plusDays } from '#domain/shared/calendar/calendar-days';
import type { Loan } from './loan';

/**
 * The day marks that hold an item: for each month a loan's span and its buffer days touch, one item of the table
 * with an attribute `dDD` per held day naming the loan. Approving writes them on condition that each day is free;
 * refusing, cancelling or a return removes them on condition that they are still this loan's.
 */
export interface MonthMarks {
  /** `YYYY-MM`. */
  month: string;
  /** The attributes: `d01` … `d31`. */
  days: string[];
}

/** The attribute of a day in its month's item: `d05` for the 5th. */
export const dayAttribute = (date: string) => `d${date.slice(8, 10)}`;

/** The first and last days held: the span, and its buffer days before and after. */
export const heldSpan = (loan: Pick<Loan, 'startDate' | 'endDate' | 'bufferDays'>) => ({
  from: plusDays(loan.startDate, -loan.bufferDays),
  to: plusDays(loan.endDate, loan.bufferDays),
});

/** The marks of a loan, month by month, the first first. */
export const holdMarks = (loan: Pick<Loan, 'startDate' | 'endDate' | 'bufferDays'>): MonthMarks[] => {
  const { from, to } = heldSpan(loan);
  const months = new Map<string, string[]>();
  for (const date of daysBetween(from, to)) {
    const month = date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), dayAttribute(date)]);
  }
  return [...months].map(([month, days]) => ({ month, days }));
};

/** The days of a month's marks, as dates: `d05` of 2026-09 is 2026-09-05. */
export const datesOfMarks = (month: string, marks: Record<string, unknown>) =>
  Object.keys(marks)
    .filter((name) => /^d\d\d$/.test(name))
    .map((name) => `${month}-${name.slice(1)}`)
    .sort();
