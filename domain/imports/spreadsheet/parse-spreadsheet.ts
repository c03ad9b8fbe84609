import { type CsvRow, type CsvTable, cellOf, requireColumns, rowProblem } from '../csv/csv-table';
import { readCsvTable } from '../csv/read-csv-table';
import {
  emptySnapshot,
  type ImportedClass,
  type ImportedGuardianship,
  type ImportedPerson,
  type ImportProblem,
  type ImportSnapshot,
} from '../import-snapshot';
import { personOfRow } from './person-of-row';
import { mappedColumns, type SpreadsheetMapping } from './spreadsheet-mapping';

/**
 * Reads a spreadsheet's CSV (any encoding, `;` or `,`) with a column mapping into a snapshot. Each row is a
 * person, `csv:<sourceName>:<id>`; classes and levels are the codes the rows name, and a guardian's row may name
 * their children's ids. Teaching is not read from spreadsheets.
 */
export const parseSpreadsheet = (
  bytes: Uint8Array,
  fileName: string,
  mapping: SpreadsheetMapping,
  sourceName: string,
): ImportSnapshot => {
  // 1. The file, which must have every column the mapping names.
  const table = readCsvTable(bytes, fileName);
  requireColumns(table, mappedColumns(mapping));
  const problems: ImportProblem[] = [];
  // 2. One person per row with an id no other row has.
  const rows = rowsById(table, mapping, problems);
  const sourceIdOf = (id: string) => `csv:${sourceName}:${id}`;
  const people = [...rows].flatMap(
    ([id, row]) => personOfRow(table, row, mapping, sourceIdOf(id), problems) ?? [],
  );
  // 3. What the rows name: classes, levels, children.
  const classes = classesOf(people);
  return {
    ...emptySnapshot('spreadsheet'),
    people,
    classes,
    guardianships: guardianshipsOf(table, rows, mapping, sourceIdOf, problems),
    levels: levelsOf(people),
    problems,
    // A column of children lists every family link of the source: one it no longer lists is removed.
    ...(mapping.guardianOf !== undefined && { familiesFrom: sourceIdOf('') }),
  };
};

const levelsOf = (people: readonly ImportedPerson[]) =>
  [...new Set(people.flatMap(({ levelCode }) => levelCode ?? []))].map((code) => ({ code, label: code }));

const rowsById = (
  table: CsvTable,
  mapping: SpreadsheetMapping,
  problems: ImportProblem[],
): Map<string, CsvRow> => {
  const rows = new Map<string, CsvRow>();
  for (const row of table.rows) {
    const id = cellOf(row, mapping.id);
    const first = rows.get(id);
    const reason = id === '' ? 'is missing' : first && `"${id}" is also the id of line ${first.line}`;
    if (reason) problems.push(rowProblem(table, row, mapping.id, reason));
    else rows.set(id, row);
  }
  return rows;
};

/** A spreadsheet names classes by their code only; a class's level is the one all its students share. */
const classesOf = (people: readonly ImportedPerson[]): ImportedClass[] => {
  const classes = new Map<string, ImportedClass & { levels: Set<string | undefined> }>();
  for (const { classCode, levelCode, at } of people) {
    if (classCode === undefined) continue;
    const known = classes.get(classCode) ?? {
      code: classCode,
      label: classCode,
      kind: 'division',
      at,
      levels: new Set(),
    };
    known.levels.add(levelCode);
    classes.set(classCode, known);
  }
  return [...classes.values()].map(({ levels, ...imported }) => {
    const [levelCode] = levels;
    return levels.size === 1 && levelCode !== undefined ? { ...imported, levelCode } : imported;
  });
};

const guardianshipsOf = (
  table: CsvTable,
  rows: ReadonlyMap<string, CsvRow>,
  mapping: SpreadsheetMapping,
  sourceIdOf: (id: string) => string,
  problems: ImportProblem[],
): ImportedGuardianship[] => {
  const column = mapping.guardianOf;
  if (column === undefined) return [];
  return [...rows].flatMap(([guardianId, row]) =>
    childIdsOf(cellOf(row, column)).flatMap((childId): ImportedGuardianship[] => {
      if (rows.has(childId)) {
        const link = {
          guardianSourceId: sourceIdOf(guardianId),
          studentSourceId: sourceIdOf(childId),
          legal: true,
        };
        return [{ ...link, at: { file: table.file, line: row.line } }];
      }
      problems.push(rowProblem(table, row, column, `"${childId}" is not the id of a row`));
      return [];
    }),
  );
};

const childIdsOf = (cell: string) =>
  cell
    .split(/[,;|]/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
