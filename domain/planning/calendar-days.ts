import { DateTime } from 'luxon';

const day = (date: string) => DateTime.fromISO(date, { zone: 'utc' });

export const plusDays = (date: string, days: number) => day(date).plus({ days }).toISODate() as string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (date: string) => day(date).weekday;

/** The days from one date to another, both included. */
export const daysBetween = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let date = from; date <= to; date = plusDays(date, 1)) days.push(date);
  return days;
};
