import type { PlanningDirectory } from '../planning/planning-ports';

/** The level of a student's class (« Cycle 2 »), which the booking rules name. */
export const studentLevel = async (studentId: string, directory: PlanningDirectory) => {
  const [student] = await directory.people([studentId]);
  const [schoolClass] = await directory.classes(student?.classId ? [student.classId] : []);
  return schoolClass?.level;
};
