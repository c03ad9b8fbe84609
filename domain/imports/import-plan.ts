import type { GuardianLink, TeachingLink } from '#domain/people/directory-state';
import type { Person, SchoolClass } from '#domain/people/person';
import type { ImportProblem } from './import-snapshot';

export interface Change<T> {
  before: T;
  after: T;
  fields: string[];
}

/** What applying an import would do. An empty plan writes nothing: importing a file twice changes nothing. */
export interface ImportPlan {
  createPeople: Person[];
  updatePeople: Change<Person>[];
  /** People the source no longer lists, or lists as gone: kept with their history, out of every list. */
  retirePeople: Change<Person>[];
  createClasses: SchoolClass[];
  updateClasses: Change<SchoolClass>[];
  addGuardianships: GuardianLink[];
  removeGuardianships: GuardianLink[];
  addTeaching: TeachingLink[];
  removeTeaching: TeachingLink[];
  /** People the file lists and the directory already holds as they are. */
  unchanged: number;
  problems: ImportProblem[];
}

export const writesOf = (plan: ImportPlan) =>
  plan.createPeople.length +
  plan.updatePeople.length +
  plan.retirePeople.length +
  plan.createClasses.length +
  plan.updateClasses.length +
  plan.addGuardianships.length +
  plan.removeGuardianships.length +
  plan.addTeaching.length +
  plan.removeTeaching.length;

export const hasErrors = (plan: ImportPlan) => plan.problems.some(({ severity }) => severity === 'error');
