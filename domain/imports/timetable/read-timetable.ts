import { type CsvRow, type CsvTable, cellOf, rowProblem } from '../csv/csv-table';
import { readCsvTable } from '../csv/read-csv-table';
import type { ImportProblem } from '../import-snapshot';
import { type CellReading, isRead } from './cell-reading';
import { readDay } from './read-day';
import { readTime } from './read-time';
import { readWeeks } from './read-weeks';
import { splitNames } from './split-names';
import { type TimetableColumns, type TimetableField, timetableColumns } from './timetable-columns';
import type { TimetableRow } from './timetable-row';

export interface TimetableSheet {
  rows: TimetableRow[];
  /** One per unreadable cell; the line is then left out. */
  problems: ImportProblem[];
}

/**
 * Reads the CSV timetable that EDT, UnDeuxTemps or aSc export (any encoding, `;` or `,`): one line per weekly
 * course, with its day, times, weeks, subject, class or group, teachers and rooms. A line with an unreadable cell
 * is left out, with a problem naming the line, the column and why.
 */
export const readTimetable = (bytes: Uint8Array, fileName: string): TimetableSheet => {
  const table = readCsvTable(bytes, fileName);
  const columns = timetableColumns(table);
  const problems: ImportProblem[] = [];
  const rows = table.rows.flatMap((row) => rowOf(table, row, columns, problems) ?? []);
  return { rows, problems };
};

const rowOf = (
  table: CsvTable,
  row: CsvRow,
  columns: TimetableColumns,
  problems: ImportProblem[],
): TimetableRow | undefined => {
  const found: ImportProblem[] = [];
  const cell = (field: TimetableField) => {
    const column = columns[field];
    return column === undefined ? '' : cellOf(row, column);
  };
  const read = <T>(field: TimetableField, reading: CellReading<T>): T | undefined => {
    if (isRead(reading)) return reading.value;
    found.push(rowProblem(table, row, columns[field], reading.reason));
    return undefined;
  };
  const weekday = read('day', readDay(cell('day')));
  const start = read('start', readTime(cell('start')));
  const end = read('end', readTime(cell('end')));
  const weeks = read('weeks', readWeeks(cell('weeks')));
  const subject = read('subject', filled(cell('subject').replace(/\s+/g, ' ')));
  const groupField = cell('group') === '' ? 'class' : 'group';
  const groups = read(groupField, filled(splitNames(cell(groupField), /[,+]/)));
  if (start && end && end <= start)
    found.push(rowProblem(table, row, columns.end, `is not after the start, ${start}`));
  problems.push(...found);
  if (found.length > 0 || !weekday || !start || !end || !weeks || !subject || !groups) return undefined;
  return {
    at: { file: table.file, line: row.line },
    weekday,
    start,
    end,
    weeks,
    subject,
    groups,
    teachers: splitNames(cell('teacher')),
    rooms: splitNames(cell('room')),
    columns: { ...columns, class: columns[groupField] },
  };
};

const filled = <T extends string | readonly string[]>(value: T): CellReading<T> =>
  value.length > 0 ? { value } : { reason: 'is missing' };
