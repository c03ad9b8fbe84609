import { keyOf } from '#domain/shared/text';
import { cedsGradeOf } from './ceds-grades';
import { levelExtensionColumn } from './csv-headers';
import { exportIds } from './export-ids';
import type { OneRosterExportClass, OneRosterExportInput } from './export-input';
import { subjectExtensionColumn } from './read-enrollments';

type CsvRecord = Record<string, string | undefined>;

/** One course per class: Préau has no catalogue of courses apart from its classes. */
export const courseRecords = (input: OneRosterExportInput): CsvRecord[] =>
  input.classes.map((schoolClass) => {
    const subjects = subjectsOf(input, schoolClass.code);
    return {
      sourcedId: exportIds.course(schoolClass.code),
      schoolYearSourcedId: exportIds.schoolYear(input.schoolYear),
      title: subjects.length === 1 ? subjects[0] : schoolClass.label,
      courseCode: schoolClass.code,
      grades: cedsGradeOf(schoolClass.levelCode),
      orgSourcedId: exportIds.org(input.school.uai),
      ...subjectColumns(subjects),
    };
  });

export const classRecords = (input: OneRosterExportInput): CsvRecord[] =>
  input.classes.map((schoolClass) => ({
    sourcedId: exportIds.class(schoolClass.code),
    title: schoolClass.label,
    grades: cedsGradeOf(schoolClass.levelCode),
    courseSourcedId: exportIds.course(schoolClass.code),
    classCode: schoolClass.code,
    classType: schoolClass.kind === 'division' ? 'homeroom' : 'scheduled',
    schoolSourcedId: exportIds.org(input.school.uai),
    termSourcedIds: exportIds.schoolYear(input.schoolYear),
    ...subjectColumns(subjectsOf(input, schoolClass.code)),
    [levelExtensionColumn]: schoolClass.levelCode,
  }));

interface Enrollment {
  code: string;
  userId: string;
  role: 'student' | 'teacher';
  primary: boolean;
  subject?: string;
}

/** Students in their division and groups; teachers in the classes they teach, the first one as primary. */
export const enrollmentRecords = (input: OneRosterExportInput): CsvRecord[] =>
  [...studentEnrollments(input), ...teacherEnrollments(input)].map(
    ({ code, userId, role, primary, subject }) => ({
      sourcedId: exportIds.enrollment(code, userId, subject),
      classSourcedId: exportIds.class(code),
      schoolSourcedId: exportIds.org(input.school.uai),
      userSourcedId: exportIds.user(userId),
      role,
      primary: String(primary),
      [subjectExtensionColumn]: subject,
    }),
  );

const studentEnrollments = ({ people }: OneRosterExportInput): Enrollment[] =>
  people.flatMap((person) =>
    [person.classCode, ...(person.groupCodes ?? [])].flatMap((code) =>
      code ? [{ code, userId: person.id, role: 'student' as const, primary: false }] : [],
    ),
  );

const teacherEnrollments = ({ teaching }: OneRosterExportInput): Enrollment[] =>
  teaching.map(({ teacherId, classCode, subject }, index) => ({
    code: classCode,
    userId: teacherId,
    role: 'teacher',
    primary: teaching.findIndex((other) => other.classCode === classCode) === index,
    ...(subject && { subject }),
  }));

const subjectsOf = (input: OneRosterExportInput, code: OneRosterExportClass['code']): string[] => [
  ...new Set(
    input.teaching.flatMap(({ classCode, subject }) => (classCode === code && subject ? [subject] : [])),
  ),
];

/**
 * subjectCodes must pair with subjects one for one; French subjects have no SCED code, so their key stands in.
 * A comma would split a subject in two in these lists ("Histoire, géographie"): it becomes a space.
 */
const subjectColumns = (subjects: readonly string[]) => ({
  subjects: subjects.map((subject) => subject.replace(/\s*,\s*/g, ' ')).join(','),
  subjectCodes: subjects.map(keyOf).join(','),
});
