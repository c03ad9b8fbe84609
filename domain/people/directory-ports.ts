import type { Relations } from '#domain/identity/authorize';
import type { Person, SchoolClass } from './person';

/** The school's directory as the people use cases read it. Lists come back sorted by name. */
export interface DirectoryReader extends Relations {
  person(personId: string): Promise<Person | undefined>;
  people(personIds: readonly string[]): Promise<Person[]>;
  childrenOf(guardianId: string): Promise<string[]>;
  guardiansOf(studentId: string): Promise<string[]>;
  classesTaughtBy(teacherId: string): Promise<string[]>;
  schoolClass(classId: string): Promise<SchoolClass | undefined>;
  schoolClasses(classIds?: readonly string[]): Promise<SchoolClass[]>;
  studentsOf(classId: string): Promise<Person[]>;
}
