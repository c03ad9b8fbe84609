import type { PlanningDirectory } from '#domain/planning/planning-ports';

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
