import { type CsvRow, type CsvTable, cellOf, requireColumns, rowProblem } from '../csv/csv-table';
import type { ImportedClass, ImportProblem } from '../import-snapshot';
import type { OneRosterBundle } from './read-bundle';
import { levelOf } from './read-users';
import { isRetired, listOf, rowsBySourcedId } from './sourced-rows';

/** A row of classes.csv with what enrollments need to know about it. */
export interface RosterClass {
  row: CsvRow;
  imported: ImportedClass;
  /** What its teachers teach, when the class says (one subject) or its course does (a scheduled class's). */
  subject?: string;
  /** The source is deleting it: enrollments in it are ignored. */
  retired: boolean;
}

/** A class's id as the directory keeps it: the sourcedId is its identity, whatever its code becomes. */
export const classSourceId = (sourcedId: string) => `oneroster:class:${sourcedId}`;

/**
 * The classes of classes.csv by sourcedId. A homeroom is a division, any other class a group; the code is
 * `classCode`, or the sourcedId when the source gives none, and two classes cannot share one.
 */
export const readClasses = (bundle: OneRosterBundle, problems: ImportProblem[]): Map<string, RosterClass> => {
  const { classes: table, courses } = bundle.tables;
  if (!table) return new Map();
  requireColumns(table, ['sourcedId', 'title']);
  const courseTitles = courses && readCourseTitles(courses, problems);
  const classes = new Map(
    [...rowsBySourcedId(table, problems)].map(([sourcedId, row]) => [
      sourcedId,
      classOf(table, sourcedId, row, courseTitles ?? new Map()),
    ]),
  );
  problems.push(...problemsOf(table, [...classes.values()], courseTitles));
  return classes;
};

const classOf = (
  table: CsvTable,
  sourcedId: string,
  row: CsvRow,
  courseTitles: ReadonlyMap<string, string>,
): RosterClass => {
  const title = cellOf(row, 'title');
  const levelCode = levelOf(row);
  const imported: ImportedClass = {
    code: cellOf(row, 'classCode') || sourcedId,
    sourceId: classSourceId(sourcedId),
    label: title,
    kind: cellOf(row, 'classType').toLowerCase() === 'homeroom' ? 'division' : 'group',
    ...(levelCode && { levelCode }),
    at: { file: table.file, line: row.line },
  };
  const subject = subjectOf(row, imported.kind, courseTitles.get(cellOf(row, 'courseSourcedId')));
  return { row, imported, ...(subject && { subject }), retired: isRetired(row) };
};

// A homeroom's course is its grade ("Sixième"), and a course titled like its class says nothing of the subject.
const subjectOf = (
  row: CsvRow,
  kind: ImportedClass['kind'],
  courseTitle: string | undefined,
): string | undefined => {
  const subjects = listOf(row, 'subjects');
  if (subjects.length === 1) return subjects[0];
  const isSubjectTitle = kind === 'group' && courseTitle !== cellOf(row, 'title');
  return isSubjectTitle ? courseTitle : undefined;
};

const readCourseTitles = (table: CsvTable, problems: ImportProblem[]): Map<string, string> => {
  requireColumns(table, ['sourcedId', 'title']);
  return new Map(
    [...rowsBySourcedId(table, problems)].map(([sourcedId, row]) => [sourcedId, cellOf(row, 'title')]),
  );
};

const problemsOf = (
  table: CsvTable,
  classes: readonly RosterClass[],
  courseTitles: ReadonlyMap<string, string> | undefined,
): ImportProblem[] => {
  const problems: ImportProblem[] = [];
  const codeLines = new Map<string, number>();
  for (const { row, imported, retired } of classes) {
    const sameCodeLine = codeLines.get(imported.code);
    const courseSourcedId = cellOf(row, 'courseSourcedId');
    if (imported.label === '') problems.push(rowProblem(table, row, 'title', 'is missing'));
    if (sameCodeLine !== undefined && !retired) {
      const reason = `"${imported.code}" is also the code of line ${sameCodeLine}`;
      problems.push(rowProblem(table, row, 'classCode', reason));
    }
    if (!retired) codeLines.set(imported.code, row.line);
    if (courseTitles && courseSourcedId !== '' && !courseTitles.has(courseSourcedId)) {
      const reason = `"${courseSourcedId}" is not a course of courses.csv`;
      problems.push(rowProblem(table, row, 'courseSourcedId', reason, 'warning'));
    }
  }
  return problems;
};
