import { parseCalendarDate } from '../csv/calendar-date';
import { type CsvRow, type CsvTable, cellOf, requireColumns, rowProblem } from '../csv/csv-table';
import type { ImportProblem } from '../import-snapshot';
import { rowsBySourcedId } from './sourced-rows';

/** Birth dates from demographics.csv, whose sourcedId is the user's, by user sourcedId. */
export const readBirthDates = (
  table: CsvTable | undefined,
  users: ReadonlyMap<string, CsvRow>,
  problems: ImportProblem[],
  delta = false,
): Map<string, string> => {
  const birthDates = new Map<string, string>();
  if (!table) return birthDates;
  requireColumns(table, ['sourcedId']);
  for (const [sourcedId, row] of rowsBySourcedId(table, problems)) {
    const written = cellOf(row, 'birthDate');
    const birthDate = parseCalendarDate(written, 'yyyy-mm-dd');
    if (!users.has(sourcedId) && delta) continue;
    if (!users.has(sourcedId)) {
      problems.push(
        rowProblem(table, row, 'sourcedId', `"${sourcedId}" is not a user of users.csv`, 'warning'),
      );
    } else if (written !== '' && !birthDate) {
      problems.push(rowProblem(table, row, 'birthDate', 'is not a date YYYY-MM-DD', 'warning'));
    } else if (birthDate) {
      birthDates.set(sourcedId, birthDate);
    }
  }
  return birthDates;
};
