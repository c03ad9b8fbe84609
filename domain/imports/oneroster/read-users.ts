import { type CsvRow, type CsvTable, cellOf, requireColumns, rowProblem } from '../csv/csv-table';
import { nonEmpty } from '../csv/non-empty';
import type { ImportedKind, ImportedPerson, ImportProblem } from '../import-snapshot';
import { levelExtensionColumn } from './csv-headers';
import { readBirthDates } from './read-birth-dates';
import type { OneRosterBundle } from './read-bundle';
import { decisiveRole, readRoles, type UserRole } from './read-roles';
import { isRetired, listOf, rowsBySourcedId } from './sourced-rows';

/** A row of users.csv with what the other files need to know about it. */
export interface RosterUser {
  sourcedId: string;
  row: CsvRow;
  kind?: ImportedKind;
  /** The family role the user holds (parent, guardian, relative), which names their link to a child. */
  familyRole?: string;
  /** The person, unless the row has an error. */
  person?: ImportedPerson;
}

/** The users of users.csv by sourcedId, with their roles and birth dates. */
export const readUsers = (bundle: OneRosterBundle, problems: ImportProblem[]): Map<string, RosterUser> => {
  const table = bundle.tables.users;
  requireColumns(table, ['sourcedId', 'givenName', 'familyName']);
  const rows = rowsBySourcedId(table, problems);
  const roles = readRoles(bundle, rows, problems);
  const birthDates = readBirthDates(bundle.tables.demographics, rows, problems, bundle.delta);
  const users = new Map<string, RosterUser>();
  for (const [sourcedId, row] of rows) {
    const user = userOf(table, sourcedId, row, roles.get(sourcedId) ?? [], bundle.delta, problems);
    const birthDate = birthDates.get(sourcedId);
    users.set(
      sourcedId,
      user.person && birthDate ? { ...user, person: { ...user.person, birthDate } } : user,
    );
  }
  return users;
};

const userOf = (
  table: CsvTable,
  sourcedId: string,
  row: CsvRow,
  roles: readonly UserRole[],
  delta: boolean,
  problems: ImportProblem[],
): RosterUser => {
  // A delta lists a user whose name changed without their role, which did not: the directory's is kept.
  const keepsRole = delta && roles.length === 0;
  const rowProblems = problemsOf(table, row, roles, keepsRole);
  problems.push(...rowProblems);
  const kind = decisiveRole(roles)?.kind;
  const familyRole = roles.find((role) => role.kind === 'guardian')?.role.toLowerCase();
  const user: RosterUser = { sourcedId, row, ...(kind && { kind }), ...(familyRole && { familyRole }) };
  return (kind || keepsRole) && rowProblems.length === 0
    ? { ...user, person: personOf(table, sourcedId, row, kind) }
    : user;
};

const problemsOf = (
  table: CsvTable,
  row: CsvRow,
  roles: readonly UserRole[],
  keepsRole: boolean,
): ImportProblem[] => {
  const problems = ['givenName', 'familyName']
    .filter((field) => cellOf(row, field) === '')
    .map((field) => rowProblem(table, row, field, 'is missing'));
  const [firstRole] = roles;
  if (!firstRole) {
    if (!keepsRole) problems.push(rowProblem(table, row, 'role', 'is missing'));
  } else if (!decisiveRole(roles)) {
    problems.push(
      rowProblem(firstRole.table, firstRole.row, 'role', `"${firstRole.role}" is not a role Préau knows`),
    );
  }
  return problems;
};

const personOf = (
  table: CsvTable,
  sourcedId: string,
  row: CsvRow,
  kind: ImportedKind | undefined,
): ImportedPerson => ({
  sourceId: `oneroster:user:${sourcedId}`,
  ...(kind && { kind }),
  firstName: cellOf(row, 'givenName'),
  lastName: cellOf(row, 'familyName'),
  ...nonEmpty({
    email: cellOf(row, 'email'),
    phone: cellOf(row, 'phone') || cellOf(row, 'sms'),
    nationalId: nationalIdOf(listOf(row, 'userIds')),
    levelCode: kind === 'student' || kind === undefined ? levelOf(row) : undefined,
    badgeNumber: cellOf(row, 'identifier'),
  }),
  active: cellOf(row, 'enabledUser').toLowerCase() !== 'false' && !isRetired(row),
  at: { file: table.file, line: row.line },
});

/** `userIds` holds `{type:identifier}` pairs; a French source may give the pupil's INE among them. */
const nationalIdOf = (userIds: readonly string[]): string | undefined => {
  for (const userId of userIds) {
    const [, type, identifier] = /^\{\s*([^:}]+?)\s*:\s*([^}]+?)\s*\}$/.exec(userId) ?? [];
    if (type?.toUpperCase() === 'INE' && identifier) return identifier;
  }
  return undefined;
};

/** The level as Préau's own export keeps it, else the first grade (CEDS `06`, or the source's own code). */
export const levelOf = (row: CsvRow): string | undefined =>
  cellOf(row, levelExtensionColumn) || listOf(row, 'grades')[0];
