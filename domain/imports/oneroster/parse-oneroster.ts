import type { CsvTable } from '../csv/csv-table';
import type {
  ImportDelta,
  ImportedClass,
  ImportedLevel,
  ImportedPerson,
  ImportProblem,
  ImportSnapshot,
} from '../import-snapshot';
import { decodeIdPart } from './export-ids';
import { preauSystemName } from './manifest';
import { type OneRosterBundle, readOneRosterBundle } from './read-bundle';
import { classSourceId, type RosterClass, readClasses } from './read-classes';
import { type Placement, readEnrollmentChanges, readEnrollments } from './read-enrollments';
import { readGuardianships } from './read-guardianships';
import { readSchoolYear } from './read-school-year';
import { readUsers } from './read-users';
import { isRetired } from './sourced-rows';

export interface OneRosterParseOptions {
  /** YYYY-MM-DD: picks the school year session that contains it; without it, the latest session is taken. */
  today?: string;
}

/**
 * Reads a OneRoster 1.2 (or 1.1) CSV bundle, the files of a folder or of `unzipBundle`, into a snapshot. A bulk
 * bundle is the whole school; a delta bundle (a file of the manifest in `delta` mode) only what changed.
 */
export const parseOneRoster = (
  files: ReadonlyMap<string, Uint8Array>,
  options: OneRosterParseOptions = {},
): ImportSnapshot => {
  // 1. The files the manifest lists. A delta's deleted users are only retired: their rows need no names or roles.
  const read = readOneRosterBundle(files);
  const deletedUsers = read.delta ? read.tables.users.rows.filter(isRetired) : [];
  const bundle = read.delta ? withoutRows(read, deletedUsers) : read;
  const problems: ImportProblem[] = [];
  // 2. Users with their roles and birth dates, then classes.
  const users = readUsers(bundle, problems);
  const classes = readClasses(bundle, problems);
  // 3. Links: who is enrolled in or teaches which class (a delta: which links it adds or removes), and families.
  const { placements, teaching } = bundle.delta
    ? { placements: new Map<string, Placement>(), teaching: [] }
    : readEnrollments(bundle, users, classes, problems);
  const guardianships = readGuardianships(bundle.tables.users, users, problems, bundle.delta);
  // 4. The snapshot; Préau's own export names people by their directory ids.
  const ownExport = bundle.manifest.systemName === preauSystemName;
  const people = [...users.values()].flatMap(({ sourcedId, person }) =>
    person
      ? [
          {
            ...placed(person, placements.get(sourcedId)),
            ...(ownExport && { directoryId: decodeIdPart(sourcedId) }),
          },
        ]
      : [],
  );
  const importedClasses = [...classes.values()]
    .filter(({ retired }) => !retired)
    .map(({ imported }) => imported);
  const schoolYear = readSchoolYear(bundle.tables.academicSessions, options.today);
  const hasFamilies = bundle.tables.users.headers.includes('agentSourcedIds');
  const retiredClasses = retiredClassesOf(classes);
  return {
    source: 'oneroster',
    ...(schoolYear && { schoolYear }),
    people,
    classes: importedClasses,
    guardianships,
    teaching,
    levels: levelsOf(people, importedClasses),
    problems,
    // A bundle that has the column lists every family link of its users: one it no longer lists is removed.
    ...(hasFamilies && { familiesFrom: 'oneroster:user:' }),
    ...(retiredClasses.length > 0 && { retiredClasses }),
    ...(bundle.delta && {
      delta: deltaOf(bundle, classes, deletedUsers, hasFamilies ? people : [], problems),
    }),
  };
};

const deltaOf = (
  bundle: OneRosterBundle,
  classes: ReadonlyMap<string, RosterClass>,
  deletedUsers: OneRosterBundle['tables']['users']['rows'],
  withFamilies: readonly ImportedPerson[],
  problems: ImportProblem[],
): ImportDelta => {
  const retiredPeople = deletedUsers.map((row) => ({
    sourceId: `oneroster:user:${row.cells.get('sourcedId') ?? ''}`,
    at: { file: bundle.tables.users.file, line: row.line },
  }));
  return {
    retiredPeople,
    enrollments: readEnrollmentChanges(bundle, classes, problems),
    familiesOf: [...withFamilies, ...retiredPeople].map(({ sourceId }) => sourceId),
  };
};

const withoutRows = (bundle: OneRosterBundle, rows: readonly CsvTable['rows'][number][]): OneRosterBundle => {
  const users = {
    ...bundle.tables.users,
    rows: bundle.tables.users.rows.filter((row) => !rows.includes(row)),
  };
  return { ...bundle, tables: { ...bundle.tables, users } };
};

const retiredClassesOf = (classes: ReadonlyMap<string, RosterClass>) =>
  [...classes].flatMap(([sourcedId, { retired, imported }]) =>
    retired ? [{ sourceId: classSourceId(sourcedId), at: imported.at }] : [],
  );

const placed = (person: ImportedPerson, placement: Placement | undefined): ImportedPerson => {
  if (!placement) return person;
  const { classCode, groupCodes } = placement;
  return { ...person, ...(classCode && { classCode }), ...(groupCodes.length > 0 && { groupCodes }) };
};

/** OneRoster grades are codes only (CEDS `06`, or the source's own): each is its own label. */
const levelsOf = (people: readonly ImportedPerson[], classes: readonly ImportedClass[]): ImportedLevel[] => {
  const codes = new Set([...people, ...classes].flatMap(({ levelCode }) => (levelCode ? [levelCode] : [])));
  return [...codes].map((code) => ({ code, label: code }));
};
