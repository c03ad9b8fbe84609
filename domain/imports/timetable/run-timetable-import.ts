import { PlanningConflictError } from '#domain/planning/planning-errors';
import type { PlanningPorts } from '#domain/planning/planning-ports';
import { projectEvent } from '#domain/planning/project-events';
import { resourceLabels } from '#domain/planning/resource-labels';
import { planActivity } from '#domain/planning/schedule-activity';
import type { ImportJob, ImportSummary } from '../import-job';
import { problemsKept } from '../import-job';
import type { ImportProblem } from '../import-snapshot';
import { UnreadableFileError } from '../import-snapshot';
import { planTimetableFile } from './plan-timetable-file';
import type { TimetableContext } from './timetable-context';
import { type TimetablePlan, timetableHasErrors } from './timetable-plan';

export interface TimetableRunPorts {
  readFiles(job: ImportJob): Promise<Map<string, Uint8Array>>;
  /** The directory, places, calendar and course projects the timetable is planned against. */
  loadContext(): Promise<Omit<TimetableContext, 'newId' | 'now'>>;
  save(job: ImportJob): Promise<void>;
  planning: PlanningPorts;
}

/**
 * Runs a timetable import job as directory imports run: a dry run reports, an application writes the course
 * projects, then each weekly course through the same guarded writes as the planners' (a course that would overlap
 * what is planned is left out, and reported). Running it again adds only what is still missing.
 */
export const runTimetableImport = async (
  job: ImportJob,
  mode: 'dry-run' | 'apply',
  ports: TimetableRunPorts,
) => {
  const now = () => ports.planning.clock.now().toISOString();
  let current: ImportJob = { ...job, status: mode === 'dry-run' ? 'planning' : 'applying', progress: null };
  const save = async (changes: Partial<ImportJob>) => {
    current = { ...current, ...changes, version: current.version + 1 };
    await ports.save(current);
  };
  try {
    const [[fileName, bytes] = ['', new Uint8Array()]] = await ports.readFiles(job);
    const context = { ...(await ports.loadContext()), newId: ports.planning.newId, now: now() };
    const plan = planTimetableFile(bytes, fileName, context);
    const hasErrors = timetableHasErrors(plan);
    if (mode === 'dry-run' || hasErrors) {
      const refused = hasErrors && mode === 'apply';
      await save({
        status: refused ? 'failed' : 'planned',
        ...reportOf(plan, plan.problems),
        ...(refused && { error: 'The timetable has errors now: fix them and check the import again' }),
        ...(mode === 'dry-run' && { checkedAt: now() }),
      });
      return current;
    }
    const total = plan.createActivities.length;
    await save({ progress: { done: 0, total }, ...reportOf(plan, plan.problems) });
    const left = await writePlan(plan, ports.planning, async (done) => {
      if (done % Math.max(1, Math.round(total / 20)) === 0) await save({ progress: { done, total } });
    });
    await save({
      status: 'applied',
      progress: { done: total, total },
      ...reportOf(plan, [...plan.problems, ...left]),
    });
    return current;
  } catch (error) {
    const readable = error instanceof UnreadableFileError;
    await save({
      status: 'failed',
      error: readable ? error.message : 'The import stopped on an error of ours: try again',
    });
    if (!readable) throw error;
    return current;
  }
};

/** Writes the plan; returns the courses left out on a conflict, as problems. */
const writePlan = async (
  plan: TimetablePlan,
  ports: PlanningPorts,
  onProgress: (done: number) => Promise<void>,
) => {
  for (const project of plan.createProjects) {
    await ports.projects.add(project, [
      projectEvent('created', project, { ...ports.school, newId: ports.newId }),
    ]);
  }
  const kindOf = new Map(
    [...plan.createProjects, ...plan.reusedProjects].map((project) => [project.id, project.kind]),
  );
  const left: ImportProblem[] = [];
  let done = 0;
  for (const activity of plan.createActivities) {
    try {
      const labelOf = await resourceLabels(activity, ports.directory, { check: false });
      await planActivity(
        activity,
        kindOf.get(activity.projectId) ?? 'course',
        { acceptConflicts: false, labelOf },
        ports,
      );
    } catch (error) {
      if (!(error instanceof PlanningConflictError)) throw error;
      const [first] = error.conflicts;
      left.push({
        severity: 'warning',
        at: { file: 'planning' },
        reason: `"${activity.title}" was not planned: it overlaps "${first?.title}" in ${first?.resource.label} on ${first?.date}`,
      });
    }
    done += 1;
    await onProgress(done);
  }
  return left;
};

const reportOf = (plan: TimetablePlan, problems: ImportProblem[]) => {
  const summary: ImportSummary = {
    create: plan.createActivities.length,
    update: 0,
    retire: 0,
    unchanged: plan.unchangedActivities.length,
    classes: 0,
    links: 0,
    projects: plan.createProjects.length,
  };
  const sorted = [...problems].sort(
    (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'),
  );
  return {
    summary,
    problems: sorted.slice(0, problemsKept),
    problemCount: sorted.length,
    hasErrors: timetableHasErrors({ problems }),
    error: null,
  };
};
