/**
 * What Préau writes to a OneRoster bundle: the school's directory in plain terms, built by the caller from the
 * table. Ids are the directory's stable ids; they become sourcedIds, so that a consumer that reads the next
 * export recognises the same people and classes.
 */
export interface OneRosterExportInput {
  school: { name: string; uai: string };
  /** Such as `2026-2027`. */
  schoolYear: string;
  people: OneRosterExportPerson[];
  classes: OneRosterExportClass[];
  guardianships: OneRosterExportGuardianship[];
  teaching: OneRosterExportTeaching[];
}

/** Who can be in a OneRoster bundle: the school's own people, not its suppliers or partners. */
export type OneRosterExportKind = 'student' | 'guardian' | 'teacher' | 'staff';

export interface OneRosterExportPerson {
  id: string;
  kind: OneRosterExportKind;
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  /** YYYY-MM-DD. */
  birthDate?: string;
  /** A student's division and groups, by class code. */
  classCode?: string;
  groupCodes?: string[];
  /** A student's level, written as their OneRoster grade. */
  levelCode?: string;
  badgeNumber?: string;
  active: boolean;
}

export interface OneRosterExportClass {
  code: string;
  label: string;
  kind: 'division' | 'group';
  levelCode?: string;
}

export interface OneRosterExportGuardianship {
  guardianId: string;
  studentId: string;
}

export interface OneRosterExportTeaching {
  teacherId: string;
  classCode: string;
  subject?: string;
}
