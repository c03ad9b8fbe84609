import {
  type ImportedClass,
  type ImportedLevel,
  type ImportedPerson,
  type ImportProblem,
  type ImportSnapshot,
  UnreadableFileError,
} from '../import-snapshot';
import { modeOf, type OneRosterManifest } from './manifest';
import { oneRosterTableNames, readOneRosterBundle } from './read-bundle';
import { readClasses } from './read-classes';
import { type Placement, readEnrollments } from './read-enrollments';
import { readGuardianships } from './read-guardianships';
import { readSchoolYear } from './read-school-year';
import { readUsers } from './read-users';

export interface OneRosterParseOptions {
  /** YYYY-MM-DD: picks the school year session that contains it; without it, the latest session is taken. */
  today?: string;
}

/** Reads a OneRoster 1.2 (or 1.1) CSV bundle, the files of a folder or of `unzipBundle`, into a snapshot. */
export const parseOneRoster = (
  files: ReadonlyMap<string, Uint8Array>,
  options: OneRosterParseOptions = {},
): ImportSnapshot => {
  // 1. The files the manifest lists; a delta lists only changes, and a snapshot must be the whole school.
  const bundle = readOneRosterBundle(files);
  refuseDeltas(bundle.manifest);
  const problems: ImportProblem[] = [];
  // 2. Users with their roles and birth dates, then classes.
  const users = readUsers(bundle, problems);
  const classes = readClasses(bundle, problems);
  // 3. Links: who is enrolled in or teaches which class, and who is whose family.
  const { placements, teaching } = readEnrollments(bundle, users, classes, problems);
  const guardianships = readGuardianships(bundle.tables.users, users, problems);
  // 4. The snapshot.
  const people = [...users.values()].flatMap(({ sourcedId, person }) =>
    person ? [placed(person, placements.get(sourcedId))] : [],
  );
  const importedClasses = [...classes.values()]
    .filter(({ retired }) => !retired)
    .map(({ imported }) => imported);
  const schoolYear = readSchoolYear(bundle.tables.academicSessions, options.today);
  return {
    source: 'oneroster',
    ...(schoolYear && { schoolYear }),
    people,
    classes: importedClasses,
    guardianships,
    teaching,
    levels: levelsOf(people, importedClasses),
    problems,
    // A bulk bundle that has the column lists every family link: one it no longer lists is removed.
    ...(bundle.tables.users.headers.includes('agentSourcedIds') && { familiesFrom: 'oneroster:user:' }),
  };
};

const refuseDeltas = (manifest: OneRosterManifest) => {
  const delta = oneRosterTableNames.find((name) => modeOf(manifest, name) === 'delta');
  if (delta) {
    const reason = `lists ${delta}.csv as delta: export a bulk bundle, as a delta only holds what changed`;
    throw new UnreadableFileError('manifest.csv', reason);
  }
};

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
