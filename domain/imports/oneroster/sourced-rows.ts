import { type CsvRow, type CsvTable, cellOf, rowProblem } from '../csv/csv-table';
import type { ImportProblem } from '../import-snapshot';

/** `status` of a record the source is deleting (1.0 files said `inactive`). */
export const isRetired = (row: CsvRow) =>
  ['tobedeleted', 'inactive'].includes(cellOf(row, 'status').toLowerCase());

/**
 * The rows of a OneRoster file by `sourcedId`, the key every other file refers to. A row without one, or with
 * one an earlier row already has, is an error; the first row keeps the key.
 */
export const rowsBySourcedId = (table: CsvTable, problems: ImportProblem[]): Map<string, CsvRow> => {
  const rows = new Map<string, CsvRow>();
  for (const row of table.rows) {
    const sourcedId = cellOf(row, 'sourcedId');
    const first = rows.get(sourcedId);
    if (sourcedId === '') problems.push(rowProblem(table, row, 'sourcedId', 'is missing'));
    else if (first) problems.push(rowProblem(table, row, 'sourcedId', `is also on line ${first.line}`));
    else rows.set(sourcedId, row);
  }
  return rows;
};

/** A OneRoster list cell: comma-separated values, such as `grades` or `agentSourcedIds`. */
export const listOf = (row: CsvRow, column: string): string[] =>
  cellOf(row, column)
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
