import type { DirectoryState } from '#domain/people/directory-state';
import type { ImportPlan } from './import-plan';

/** The directory once a plan is applied: what the import writer stores, as plain data (for planning and tests). */
export const applyPlanToState = (state: DirectoryState, plan: ImportPlan): DirectoryState => {
  const people = new Map(state.people.map((person) => [person.personId, person]));
  for (const person of plan.createPeople) people.set(person.personId, person);
  for (const { after } of [...plan.updatePeople, ...plan.retirePeople]) people.set(after.personId, after);
  const classes = new Map(state.classes.map((schoolClass) => [schoolClass.classId, schoolClass]));
  for (const schoolClass of plan.createClasses) classes.set(schoolClass.classId, schoolClass);
  for (const { after } of plan.updateClasses) classes.set(after.classId, after);
  const removedGuardianships = new Set(plan.removeGuardianships.map((l) => `${l.guardianId}>${l.studentId}`));
  const removedTeaching = new Set(plan.removeTeaching.map((l) => `${l.teacherId}>${l.classId}`));
  return {
    people: [...people.values()],
    classes: [...classes.values()],
    guardianships: [
      ...state.guardianships.filter((l) => !removedGuardianships.has(`${l.guardianId}>${l.studentId}`)),
      ...plan.addGuardianships,
    ],
    teaching: [
      ...state.teaching.filter((l) => !removedTeaching.has(`${l.teacherId}>${l.classId}`)),
      ...plan.addTeaching,
    ],
  };
};
