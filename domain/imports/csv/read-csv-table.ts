import { CsvError, parse } from 'csv-parse/sync';
import { UnreadableFileError } from '../import-snapshot';
import type { CsvRow, CsvTable } from './csv-table';
import { decodeText } from './decode-text';
import { detectSeparator } from './detect-separator';

/**
 * Reads a CSV file into rows named by its header line, whatever its encoding and separator (see `decodeText` and
 * `detectSeparator`). Cells are trimmed; blank lines and rows of empty cells (`;;;` from a spreadsheet) are left
 * out. A file that is not CSV, such as one with a quote that never closes, is refused with the line to look at.
 */
export const readCsvTable = (bytes: Uint8Array, file: string): CsvTable => {
  const text = decodeText(bytes).replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const startLines: number[] = [];
  const records = parseRecords(text, file, lines, startLines);
  const [header = [], ...body] = records;
  const headers = header.map((name) => name.trim());
  const rows = body.map((values, index): CsvRow => rowOf(headers, values, startLines[index + 1] ?? 0));
  return { file, headers, rows: rows.filter((row) => [...row.cells.values()].some((value) => value !== '')) };
};

const parseRecords = (
  text: string,
  file: string,
  lines: readonly string[],
  startLines: number[],
): string[][] => {
  let lastLine = 0;
  try {
    return parse(text, {
      delimiter: detectSeparator(text),
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        startLines.push(firstFilledLine(lines, lastLine + 1));
        lastLine = context.lines;
        return record;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new UnreadableFileError(file, `line ${firstFilledLine(lines, lastLine + 1)}: ${reasonOf(error)}`);
  }
};

/** csv-parse skips empty lines silently: a record starts on the first non-empty line after the previous one. */
const firstFilledLine = (lines: readonly string[], from: number): number => {
  let line = from;
  while (line < lines.length && lines[line - 1] === '') line += 1;
  return line;
};

const reasonOf = (error: CsvError): string =>
  error.code === 'CSV_QUOTE_NOT_CLOSED'
    ? 'a quoted field is never closed (a `"` is missing)'
    : `the file is not valid CSV (${error.code})`;

const rowOf = (headers: readonly string[], values: readonly string[], line: number): CsvRow => ({
  line,
  cells: new Map(headers.map((name, index) => [name, (values[index] ?? '').trim()])),
});
