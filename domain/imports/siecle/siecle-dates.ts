import type { ImportProblem, SourceLocation } from '../import-snapshot';
import { errorAt } from './siecle-problems';
import { textOf, type XmlElement } from './xml-element';

const SIECLE_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** A SIECLE date (dd/mm/yyyy) as YYYY-MM-DD, or undefined when it is not a day of the calendar. */
export const isoDateOf = (text: string): string | undefined => {
  const match = SIECLE_DATE.exec(text);
  if (!match) return undefined;
  const [, day, month, year] = match;
  const iso = `${year}-${month}-${day}`;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Date.UTC rolls 31/02 over to March: a date that does not come back unchanged does not exist.
  return date.toISOString().startsWith(iso) ? iso : undefined;
};

/** A date field of an element: undefined when absent, and an error when it is there but not a date. */
export const readDate = (
  element: XmlElement,
  field: string,
  at: SourceLocation,
  problems: ImportProblem[],
): string | undefined => {
  const text = textOf(element, field);
  if (text === undefined) return undefined;
  const date = isoDateOf(text);
  if (date === undefined) problems.push(errorAt(at, field, `is not a date dd/mm/yyyy: "${text}"`));
  return date;
};

/** SIECLE names a school year by the calendar year it starts in: 2026 is 2026-2027. */
export const schoolYearOf = (startYear: string): string | undefined =>
  /^\d{4}$/.test(startYear) ? `${startYear}-${Number(startYear) + 1}` : undefined;
