import type { Actor } from '#domain/identity/actor';
import type { PlanningDirectory } from '#domain/planning/planning-ports';
import type { Booker } from './decide-booking';

/**
 * What booking needs of a student: the level of their class (« Cycle 2 »), which the booking rules name, and their
 * class and groups, whose courses are theirs too.
 */
export const studentOf = async (studentId: string, directory: PlanningDirectory) => {
  const [student] = await directory.people([studentId]);
  const [schoolClass] = await directory.classes(student?.classId ? [student.classId] : []);
  const classIds = [student?.classId, ...(student?.groupIds ?? [])].filter(
    (id): id is string => id !== undefined,
  );
  return { level: schoolClass?.level, classIds };
};

/** The level of a student's class (« Cycle 2 »), which the booking rules name. */
export const studentLevel = async (studentId: string, directory: PlanningDirectory) =>
  (await studentOf(studentId, directory)).level;

/**
 * Who books, as the rules see them: a student by their class's level, with their classes and groups that must be
 * free too; a teacher books for their own work, their own courses being in their own planning.
 */
export const bookerOf = async (
  actor: Pick<Actor, 'personId' | 'profiles'>,
  directory: PlanningDirectory,
): Promise<{ booker: Booker; classIds: string[] }> => {
  if (!actor.profiles.includes('student') && actor.profiles.includes('teacher')) {
    return { booker: { kind: 'teacher' }, classIds: [] };
  }
  const { level, classIds } = await studentOf(actor.personId, directory);
  return { booker: { kind: 'student', level }, classIds };
};
