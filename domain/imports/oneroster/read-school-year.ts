import { parseCalendarDate } from '../csv/calendar-date';
import { type CsvRow, type CsvTable, cellOf } from '../csv/csv-table';
import { isRetired } from './sourced-rows';

/**
 * The school year of the bundle, such as `2026-2027`, from its `schoolYear` academic session: the one that
 * contains `today` when given, otherwise the latest. OneRoster's `schoolYear` column holds the year the school
 * year ends in (2027), so the session's dates name it first.
 */
export const readSchoolYear = (table: CsvTable | undefined, today?: string): string | undefined => {
  const years = (table?.rows ?? [])
    .filter((row) => cellOf(row, 'type') === 'schoolYear' && !isRetired(row))
    .sort((a, b) => cellOf(b, 'startDate').localeCompare(cellOf(a, 'startDate')));
  const current = years.find((row) => today !== undefined && contains(row, today)) ?? years[0];
  return current && labelOf(current);
};

const contains = (row: CsvRow, day: string) =>
  cellOf(row, 'startDate') <= day && day <= cellOf(row, 'endDate');

const labelOf = (row: CsvRow): string | undefined => {
  const start = parseCalendarDate(cellOf(row, 'startDate'), 'yyyy-mm-dd')?.slice(0, 4);
  const end = parseCalendarDate(cellOf(row, 'endDate'), 'yyyy-mm-dd')?.slice(0, 4);
  if (start && end && Number(end) === Number(start) + 1) return `${start}-${end}`;
  const endYear = /^\d{4}$/.test(cellOf(row, 'schoolYear')) ? Number(cellOf(row, 'schoolYear')) : undefined;
  return endYear === undefined ? undefined : `${endYear - 1}-${endYear}`;
};
