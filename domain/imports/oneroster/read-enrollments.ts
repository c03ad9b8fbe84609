import { type CsvRow, type CsvTable, cellOf, requireColumns, rowProblem } from '../csv/csv-table';
import type { ImportedEnrollmentChange, ImportedTeaching, ImportProblem } from '../import-snapshot';
import type { OneRosterBundle } from './read-bundle';
import { classSourceId, type RosterClass } from './read-classes';
import { unknownUserReason } from './read-roles';
import type { RosterUser } from './read-users';
import { isRetired, rowsBySourcedId } from './sourced-rows';

/** Where a student is enrolled: their homeroom (division) and scheduled classes (groups). */
export interface Placement {
  classCode?: string;
  groupCodes: string[];
}

export interface Enrollments {
  /** By user sourcedId. */
  placements: Map<string, Placement>;
  teaching: ImportedTeaching[];
}

/**
 * Préau's extension column of enrollments.csv (OneRoster extensions are `metadata.*` columns after the
 * standard ones): the subject a teacher teaches in the class, which the standard can only say per class.
 */
export const subjectExtensionColumn = 'metadata.preau.subject';

/** Students' classes and groups, and who teaches which class, from enrollments.csv. */
export const readEnrollments = (
  bundle: OneRosterBundle,
  users: ReadonlyMap<string, RosterUser>,
  classes: ReadonlyMap<string, RosterClass>,
  problems: ImportProblem[],
): Enrollments => {
  const enrollments: Enrollments = { placements: new Map(), teaching: [] };
  const { enrollments: table } = bundle.tables;
  if (!table) return enrollments;
  requireColumns(table, ['sourcedId', 'classSourcedId', 'userSourcedId', 'role']);
  for (const row of rowsBySourcedId(table, problems).values()) {
    const userSourcedId = cellOf(row, 'userSourcedId');
    const user = users.get(userSourcedId);
    const rosterClass = classes.get(cellOf(row, 'classSourcedId'));
    if (!user) problems.push(rowProblem(table, row, 'userSourcedId', unknownUserReason(userSourcedId)));
    if (!rosterClass) problems.push(rowProblem(table, row, 'classSourcedId', unknownClassReason(row)));
    if (!user || !rosterClass || rosterClass.retired || isRetired(row)) continue;
    const role = cellOf(row, 'role').toLowerCase();
    if (role === 'student') place(enrollments.placements, user, rosterClass, table, row, problems);
    if (role === 'teacher') enrollments.teaching.push(teachingOf(user, rosterClass, table, row));
  }
  return enrollments;
};

const place = (
  placements: Map<string, Placement>,
  user: RosterUser,
  rosterClass: RosterClass,
  table: CsvTable,
  row: CsvRow,
  problems: ImportProblem[],
) => {
  const placement = placements.get(user.sourcedId) ?? { groupCodes: [] };
  const { code, kind } = rosterClass.imported;
  if (kind === 'group') {
    if (!placement.groupCodes.includes(code)) placement.groupCodes.push(code);
  } else if (placement.classCode === undefined) {
    placement.classCode = code;
  } else if (placement.classCode !== code) {
    const reason = `enrols the student in a second homeroom, "${code}"; "${placement.classCode}" is kept`;
    problems.push(rowProblem(table, row, 'classSourcedId', reason, 'warning'));
  }
  placements.set(user.sourcedId, placement);
};

const teachingOf = (
  user: RosterUser,
  rosterClass: RosterClass,
  table: CsvTable,
  row: CsvRow,
): ImportedTeaching => {
  const subject = cellOf(row, subjectExtensionColumn) || rosterClass.subject;
  return {
    teacherSourceId: `oneroster:user:${user.sourcedId}`,
    classCode: rosterClass.imported.code,
    ...(subject && { subject }),
    at: { file: table.file, line: row.line },
  };
};

const unknownClassReason = (row: CsvRow) => {
  const sourcedId = cellOf(row, 'classSourcedId');
  return sourcedId === '' ? 'is missing' : `"${sourcedId}" is not a class of classes.csv`;
};

/**
 * A delta's enrollments as changes: a row adds the link, a `tobedeleted` row removes it. Its user and class may be
 * ones the delta does not list (the directory has them), so only a missing one is a problem here.
 */
export const readEnrollmentChanges = (
  bundle: OneRosterBundle,
  classes: ReadonlyMap<string, RosterClass>,
  problems: ImportProblem[],
): ImportedEnrollmentChange[] => {
  const { enrollments: table } = bundle.tables;
  if (!table) return [];
  requireColumns(table, ['sourcedId', 'classSourcedId', 'userSourcedId', 'role']);
  const changes: ImportedEnrollmentChange[] = [];
  for (const row of rowsBySourcedId(table, problems).values()) {
    const userSourcedId = cellOf(row, 'userSourcedId');
    const classSourcedId = cellOf(row, 'classSourcedId');
    const rosterClass = classes.get(classSourcedId);
    const role = cellOf(row, 'role').toLowerCase();
    if (userSourcedId === '') problems.push(rowProblem(table, row, 'userSourcedId', 'is missing'));
    if (classSourcedId === '') problems.push(rowProblem(table, row, 'classSourcedId', 'is missing'));
    if (userSourcedId === '' || classSourcedId === '' || (role !== 'student' && role !== 'teacher')) continue;
    const subject = cellOf(row, subjectExtensionColumn) || rosterClass?.subject;
    changes.push({
      personSourceId: `oneroster:user:${userSourcedId}`,
      classSourceId: classSourceId(classSourcedId),
      ...(rosterClass && { classCode: rosterClass.imported.code }),
      role,
      ...(subject && { subject }),
      removed: isRetired(row) || rosterClass?.retired === true,
      at: { file: table.file, line: row.line },
    });
  }
  return changes;
};
