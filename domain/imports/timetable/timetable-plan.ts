import type { Activity } from '#domain/planning/activity';
import type { Project } from '#domain/planning/project';
import type { ImportProblem } from '../import-snapshot';

/** What importing a timetable would do. Importing the same file twice creates nothing the second time. */
export interface TimetablePlan {
  createProjects: Project[];
  /** Course projects planned already, found by their `sourceKey`, which new activities join as they are. */
  reusedProjects: Project[];
  createActivities: Activity[];
  /** Weekly courses planned already as the file has them. */
  unchangedActivities: Activity[];
  problems: ImportProblem[];
}

export const timetableHasErrors = (plan: Pick<TimetablePlan, 'problems'>) =>
  plan.problems.some(({ severity }) => severity === 'error');
