import { parseCalendarDate } from '../csv/calendar-date';
import { type CsvRow, type CsvTable, cellOf, rowProblem } from '../csv/csv-table';
import { nonEmpty } from '../csv/non-empty';
import type { ImportedKind, ImportedPerson, ImportProblem } from '../import-snapshot';
import { kindOfWord } from './kind-words';
import type { SpreadsheetMapping } from './spreadsheet-mapping';

/**
 * The person of a row, or undefined when a name or the kind is missing (an error). A birth date or an e-mail
 * address that cannot be read is left out with a warning: it should not hold back the rest of the import.
 */
export const personOfRow = (
  table: CsvTable,
  row: CsvRow,
  mapping: SpreadsheetMapping,
  sourceId: string,
  problems: ImportProblem[],
): ImportedPerson | undefined => {
  const cell = (column: string | undefined) =>
    column === undefined ? '' : singleSpaced(cellOf(row, column));
  const missing = [mapping.firstName, mapping.lastName].filter((column) => cell(column) === '');
  problems.push(...missing.map((column) => rowProblem(table, row, column, 'is missing')));
  const kind = kindOf(table, row, mapping, problems);
  if (missing.length > 0 || !kind) return undefined;
  return {
    sourceId,
    kind,
    firstName: cell(mapping.firstName),
    lastName: cell(mapping.lastName),
    ...nonEmpty({
      birthDate: birthDateOf(table, row, mapping, problems),
      email: emailOf(table, row, mapping, problems),
      phone: cell(mapping.phone),
      classCode: cell(mapping.classCode),
      levelCode: cell(mapping.levelCode),
      badgeNumber: cell(mapping.badgeNumber),
    }),
    active: true,
    at: { file: table.file, line: row.line },
  };
};

const singleSpaced = (text: string) => text.replace(/\s+/g, ' ').trim();

const kindOf = (
  table: CsvTable,
  row: CsvRow,
  mapping: SpreadsheetMapping,
  problems: ImportProblem[],
): ImportedKind | undefined => {
  if ('fixed' in mapping.kind) return mapping.kind.fixed;
  const { column } = mapping.kind;
  const word = cellOf(row, column);
  const kind = kindOfWord(word);
  if (!kind) {
    const reason = word === '' ? 'is missing' : `"${word}" is not a kind of person`;
    problems.push(rowProblem(table, row, column, reason));
  }
  return kind;
};

const birthDateOf = (
  table: CsvTable,
  row: CsvRow,
  mapping: SpreadsheetMapping,
  problems: ImportProblem[],
): string | undefined => {
  if (!mapping.birthDate) return undefined;
  const { column, format } = mapping.birthDate;
  const written = cellOf(row, column);
  const birthDate = parseCalendarDate(written, format);
  if (written !== '' && !birthDate) {
    problems.push(rowProblem(table, row, column, `is not a date ${format}`, 'warning'));
  }
  return birthDate;
};

const emailOf = (
  table: CsvTable,
  row: CsvRow,
  mapping: SpreadsheetMapping,
  problems: ImportProblem[],
): string | undefined => {
  if (mapping.email === undefined) return undefined;
  const email = cellOf(row, mapping.email);
  if (email === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return email;
  problems.push(rowProblem(table, row, mapping.email, 'is not an e-mail address', 'warning'));
  return undefined;
};
