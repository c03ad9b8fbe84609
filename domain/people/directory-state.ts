import type { Person, SchoolClass } from './person';

/** A guardian's link to a student, or a teacher's to a class: ids only. */
export interface GuardianLink {
  guardianId: string;
  studentId: string;
}

export interface TeachingLink {
  teacherId: string;
  classId: string;
}

/** The directory as an import sees it: everyone (retired too), the classes and the links between them. */
export interface DirectoryState {
  people: Person[];
  classes: SchoolClass[];
  guardianships: GuardianLink[];
  teaching: TeachingLink[];
}
