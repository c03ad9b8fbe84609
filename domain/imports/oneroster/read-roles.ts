import { type CsvRow, type CsvTable, cellOf, requireColumns, rowProblem } from '../csv/csv-table';
import { type ImportedKind, type ImportProblem, UnreadableFileError } from '../import-snapshot';
import type { OneRosterBundle } from './read-bundle';
import { kindOfRole, rankOfKind } from './role-kinds';
import { isRetired } from './sourced-rows';

/** A role a user holds, and the row that says so. */
export interface UserRole {
  role: string;
  kind: ImportedKind | undefined;
  primary: boolean;
  table: CsvTable;
  row: CsvRow;
}

/**
 * The roles of each user, by user sourcedId: 1.2 bundles list them in roles.csv (several per user, one primary
 * per org), 1.1 bundles in the `role` column of users.csv, which also serves users that roles.csv leaves out.
 */
export const readRoles = (
  bundle: OneRosterBundle,
  users: ReadonlyMap<string, CsvRow>,
  problems: ImportProblem[],
): Map<string, UserRole[]> => {
  const { roles, users: usersTable } = bundle.tables;
  const hasRoleColumn = usersTable.headers.includes('role');
  if (!roles && !hasRoleColumn) {
    throw new UnreadableFileError('users.csv', 'has no "role" column and the bundle has no roles.csv');
  }
  const byUser = roles
    ? rolesOfRolesFile(roles, users, bundle.delta, problems)
    : new Map<string, UserRole[]>();
  if (hasRoleColumn) {
    for (const [sourcedId, row] of users) {
      const role = cellOf(row, 'role');
      if (!byUser.has(sourcedId) && role !== '') {
        byUser.set(sourcedId, [userRole(role, true, usersTable, row)]);
      }
    }
  }
  return byUser;
};

/** The role that decides a user's kind: a primary one first, then the one that shapes their access the most. */
export const decisiveRole = (roles: readonly UserRole[]): UserRole | undefined =>
  roles
    .filter((role) => role.kind !== undefined)
    .sort((a, b) => Number(b.primary) - Number(a.primary) || rank(a) - rank(b))[0];

const rank = (role: UserRole) => (role.kind ? rankOfKind(role.kind) : Number.POSITIVE_INFINITY);

const rolesOfRolesFile = (
  table: CsvTable,
  users: ReadonlyMap<string, CsvRow>,
  delta: boolean,
  problems: ImportProblem[],
): Map<string, UserRole[]> => {
  requireColumns(table, ['sourcedId', 'userSourcedId', 'role']);
  const byUser = new Map<string, UserRole[]>();
  for (const row of table.rows.filter((row) => !isRetired(row))) {
    const userSourcedId = cellOf(row, 'userSourcedId');
    // A delta's role of a user it does not list changes nothing Préau keeps: the user's kind is the directory's.
    if (!users.has(userSourcedId) && delta && userSourcedId !== '') continue;
    if (!users.has(userSourcedId)) {
      problems.push(rowProblem(table, row, 'userSourcedId', unknownUserReason(userSourcedId)));
      continue;
    }
    const primary = cellOf(row, 'roleType').toLowerCase() === 'primary';
    byUser.set(userSourcedId, [
      ...(byUser.get(userSourcedId) ?? []),
      userRole(cellOf(row, 'role'), primary, table, row),
    ]);
  }
  return byUser;
};

const userRole = (role: string, primary: boolean, table: CsvTable, row: CsvRow): UserRole => ({
  role,
  kind: kindOfRole(role),
  primary,
  table,
  row,
});

export const unknownUserReason = (sourcedId: string) =>
  sourcedId === '' ? 'is missing' : `"${sourcedId}" is not a user of users.csv`;
