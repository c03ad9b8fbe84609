import type { DirectoryState, TeachingLink } from '#domain/people/directory-state';
import type { Person, SchoolClass } from '#domain/people/person';
import type { Change } from './import-plan';
import type { ImportDelta, ImportedEnrollmentChange, ImportProblem } from './import-snapshot';
import { type ClassIndex, changedFields } from './plan-classes';

/**
 * What a delta file (a OneRoster `delta` bundle) changes beyond the records it lists: the classes a student joins
 * or leaves, the teaching a teacher starts or stops, the people the source deletes. Nothing it does not list moves.
 */

/**
 * A listed user's birth date, when the delta's demographics do not list them: that file changed nothing for them.
 */
export const keptByDelta = (person: Person, before: Person | undefined): Person =>
  person.birthDate === undefined && before?.birthDate !== undefined
    ? { ...person, birthDate: before.birthDate }
    : person;

/** A listed or unlisted student's division and groups: the directory's, changed by the delta's enrollments. */
export const placedByDelta = (
  person: Person,
  before: Person | undefined,
  delta: ImportDelta,
  classes: ClassIndex,
  problems: ImportProblem[],
): Person => {
  const sourceIds = new Set(person.sourceIds ?? []);
  const changes = delta.enrollments.filter(
    ({ role, personSourceId }) => role === 'student' && sourceIds.has(personSourceId),
  );
  let classId = before?.classId;
  const groupIds = new Set(before?.groupIds ?? []);
  for (const change of changes) {
    const schoolClass = classOfChange(change, classes, problems);
    if (!schoolClass) continue;
    if (schoolClass.kind === 'group') {
      if (change.removed) groupIds.delete(schoolClass.classId);
      else groupIds.add(schoolClass.classId);
    } else if (!change.removed) classId = schoolClass.classId;
    else if (classId === schoolClass.classId) classId = undefined;
  }
  const { classId: _, groupIds: __, ...rest } = person;
  return {
    ...rest,
    ...(classId && { classId }),
    ...(groupIds.size > 0 && { groupIds: [...groupIds].sort() }),
  };
};

/** Students the delta does not list whose enrollments it changes (`listed`: the people it lists, planned apart). */
export const planPlacementsOfUnlisted = (
  delta: ImportDelta,
  state: DirectoryState,
  listed: { sourceIds: ReadonlySet<string>; personIds: ReadonlySet<string> },
  classes: ClassIndex,
  problems: ImportProblem[],
): Change<Person>[] => {
  const bySourceId = new Map(
    state.people
      .filter(({ mergedInto }) => mergedInto === undefined)
      .flatMap((person) => (person.sourceIds ?? []).map((sourceId) => [sourceId, person] as const)),
  );
  const changes: Change<Person>[] = [];
  const done = new Set(listed.personIds);
  for (const change of delta.enrollments.filter(({ role }) => role === 'student')) {
    if (listed.sourceIds.has(change.personSourceId)) continue;
    const before = bySourceId.get(change.personSourceId);
    if (!before) {
      problems.push(notInDirectory(change, 'userSourcedId', change.personSourceId));
      continue;
    }
    if (done.has(before.personId)) continue;
    done.add(before.personId);
    const after = placedByDelta(before, before, delta, classes, problems);
    const fields = changedFields(before, after, ['classId', 'groupIds']);
    if (fields.length > 0) changes.push({ before, after: { ...after, version: before.version + 1 }, fields });
  }
  return changes;
};

/** People the delta says the source is deleting, when the directory holds them and they are not yet retired. */
export const retiredByDelta = (
  delta: ImportDelta,
  bySourceId: ReadonlyMap<string, Person>,
  seen: ReadonlySet<string>,
): Person[] => [
  ...new Set(
    delta.retiredPeople.flatMap(({ sourceId }) => {
      const person = bySourceId.get(sourceId);
      return person && !seen.has(person.personId) && person.status !== 'retired' ? [person] : [];
    }),
  ),
];

/** Teaching the delta adds or removes; a teacher keeps every class it does not name. */
export const planDeltaTeaching = (
  delta: ImportDelta,
  state: DirectoryState,
  personIdOfSource: ReadonlyMap<string, string>,
  classes: ClassIndex,
  problems: ImportProblem[],
) => {
  const key = ({ teacherId, classId }: TeachingLink) => `${teacherId}>${classId}`;
  const existing = new Set(state.teaching.map(key));
  const add = new Map<string, TeachingLink>();
  const remove = new Map<string, TeachingLink>();
  for (const change of delta.enrollments.filter(({ role }) => role === 'teacher')) {
    const teacherId = personIdOfSource.get(change.personSourceId);
    const schoolClass = classOfChange(change, classes, problems);
    if (!teacherId) problems.push(notInDirectory(change, 'userSourcedId', change.personSourceId));
    if (!teacherId || !schoolClass) continue;
    const link = { teacherId, classId: schoolClass.classId };
    if (change.removed && existing.has(key(link))) remove.set(key(link), link);
    if (!change.removed && !existing.has(key(link))) add.set(key(link), link);
  }
  return { add: [...add.values()], remove: [...remove.values()] };
};

const classOfChange = (
  change: ImportedEnrollmentChange,
  classes: ClassIndex,
  problems: ImportProblem[],
): SchoolClass | undefined => {
  const schoolClass = classes.bySourceId.get(change.classSourceId);
  if (!schoolClass) problems.push(notInDirectory(change, 'classSourcedId', change.classSourceId));
  return schoolClass;
};

const notInDirectory = (
  change: ImportedEnrollmentChange,
  field: string,
  sourceId: string,
): ImportProblem => ({
  severity: 'warning',
  at: change.at,
  field,
  reason: `"${sourceId.slice(sourceId.lastIndexOf(':') + 1)}" is neither in this delta nor in the directory: the enrollment is ignored`,
});
