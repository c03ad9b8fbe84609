import { type ImportProblem, UnreadableFileError } from '../import-snapshot';

/** One record of a CSV file: its cells by column name, trimmed, and the line it starts on (the header is 1). */
export interface CsvRow {
  line: number;
  cells: ReadonlyMap<string, string>;
}

export interface CsvTable {
  file: string;
  headers: readonly string[];
  rows: readonly CsvRow[];
}

/** The cell of a column, or '' when the row or the file has no such column. */
export const cellOf = (row: CsvRow, column: string): string => row.cells.get(column) ?? '';

/** A file that lacks a column the reader needs cannot be read at all. */
export const requireColumns = (table: CsvTable, columns: readonly string[]): void => {
  const missing = columns.filter((column) => !table.headers.includes(column));
  if (missing.length > 0) {
    const names = missing.map((column) => `"${column}"`).join(', ');
    const verb = missing.length > 1 ? 'columns are' : 'column is';
    throw new UnreadableFileError(table.file, `the ${verb} missing: ${names}`);
  }
};

/** A problem at a row of a table, for the import report. */
export const rowProblem = (
  table: CsvTable,
  row: CsvRow,
  field: string | undefined,
  reason: string,
  severity: ImportProblem['severity'] = 'error',
): ImportProblem => ({
  severity,
  at: { file: table.file, line: row.line },
  ...(field === undefined ? {} : { field }),
  reason,
});
