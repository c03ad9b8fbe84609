import type { ImportProblem } from '../import-snapshot';
import type { TimetablePlan } from './timetable-plan';

/** What a dry run shows the admin before anything is written. */
export interface TimetableReport {
  counts: {
    projectsToCreate: number;
    projectsReused: number;
    activitiesToCreate: number;
    unchanged: number;
    errors: number;
    warnings: number;
  };
  /** By line, errors first on a line. */
  problems: ImportProblem[];
}

export const timetableReport = (plan: TimetablePlan): TimetableReport => ({
  counts: {
    projectsToCreate: plan.createProjects.length,
    projectsReused: plan.reusedProjects.length,
    activitiesToCreate: plan.createActivities.length,
    unchanged: plan.unchangedActivities.length,
    errors: plan.problems.filter(({ severity }) => severity === 'error').length,
    warnings: plan.problems.filter(({ severity }) => severity === 'warning').length,
  },
  problems: [...plan.problems].sort(
    (a, b) => (a.at.line ?? 0) - (b.at.line ?? 0) || severityRank[a.severity] - severityRank[b.severity],
  ),
});

const severityRank: Record<ImportProblem['severity'], number> = { error: 0, warning: 1 };
