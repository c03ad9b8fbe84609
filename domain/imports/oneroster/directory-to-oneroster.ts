import type { DirectoryState } from '#domain/people/directory-state';
import type { Person, SchoolClass } from '#domain/people/person';
import type { OneRosterExportInput, OneRosterExportKind } from './export-input';

/** The kind a person is exported as: the first of their profiles OneRoster has a role for. */
const exportKindOf = (person: Person): OneRosterExportKind | undefined => {
  if (person.profiles.includes('student')) return 'student';
  if (person.profiles.includes('teacher')) return 'teacher';
  if (person.profiles.includes('guardian')) return 'guardian';
  if (person.profiles.some((profile) => ['staff', 'planner', 'sales', 'school-admin'].includes(profile)))
    return 'staff';
  return undefined;
};

/**
 * The directory as OneRoster sees it: current people of the school (no outside contacts, no merged records), with
 * their classes, families and teaching. Class codes are the sources' own (`6A`), or the Préau class id.
 */
export const directoryToOneRoster = (
  state: DirectoryState,
  school: { name: string; uai: string; schoolYear: string },
): OneRosterExportInput => {
  const codeOf = new Map(state.classes.map((schoolClass) => [schoolClass.classId, classCodeOf(schoolClass)]));
  const people = state.people.filter((person) => exportKindOf(person) && person.mergedInto === undefined);
  const exported = new Set(people.map(({ personId }) => personId));
  const students = new Set(
    people.filter((p) => exportKindOf(p) === 'student').map(({ personId }) => personId),
  );
  return {
    school: { name: school.name, uai: school.uai },
    schoolYear: school.schoolYear,
    people: people.map((person) => ({
      id: person.personId,
      kind: exportKindOf(person) as OneRosterExportKind,
      firstName: person.firstName,
      lastName: person.lastName,
      ...(person.email && { email: person.email }),
      ...(person.phone && { phone: person.phone }),
      ...(person.birthDate && { birthDate: person.birthDate }),
      ...(person.classId && codeOf.has(person.classId) && { classCode: codeOf.get(person.classId) }),
      ...(person.groupIds?.length && {
        groupCodes: person.groupIds.flatMap((groupId) => codeOf.get(groupId) ?? []),
      }),
      ...(person.levelCode && { levelCode: person.levelCode }),
      ...(person.badgeNumber && { badgeNumber: person.badgeNumber }),
      active: person.status !== 'retired',
    })),
    classes: state.classes.map((schoolClass) => ({
      code: classCodeOf(schoolClass),
      label: schoolClass.label,
      kind: schoolClass.kind ?? 'division',
      ...(schoolClass.level && { levelCode: schoolClass.level }),
    })),
    guardianships: state.guardianships.filter(
      ({ guardianId, studentId }) => exported.has(guardianId) && students.has(studentId),
    ),
    teaching: state.teaching.flatMap(({ teacherId, classId }) =>
      exported.has(teacherId) && codeOf.has(classId)
        ? [{ teacherId, classCode: codeOf.get(classId) as string }]
        : [],
    ),
  };
};

const classCodeOf = (schoolClass: SchoolClass) => schoolClass.code ?? schoolClass.classId;
