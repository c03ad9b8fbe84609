import { type DuplicateGroup, findDuplicateGuardians } from '../people/duplicate-guardians';
import { applyPlanToState } from './apply-plan-to-state';
import { checkFileOrigins, type ExpectedOrigin } from './check-file-origins';
import type { DirectoryState } from './directory-state';
import type { ImportJob, ImportSummary } from './import-job';
import { problemsKept } from './import-job';
import { hasErrors, type ImportPlan, writesOf } from './import-plan';
import { type ImportProblem, type ImportSnapshot, UnreadableFileError } from './import-snapshot';
import { planImport } from './plan-import';
import type { SpreadsheetMapping } from './spreadsheet/spreadsheet-mapping';

export interface ImportRunPorts {
  readFiles(job: ImportJob): Promise<Map<string, Uint8Array>>;
  /** The snapshot, and the column mapping a spreadsheet was read with. */
  readSnapshot(
    job: ImportJob,
    files: Map<string, Uint8Array>,
  ): Promise<{ snapshot: ImportSnapshot; mapping?: SpreadsheetMapping }>;
  /** Keeps an import of next year aside, to be written when the school switches years. */
  prepareForNextYear(job: ImportJob): Promise<void>;
  /** Saves a spreadsheet's mapping for its source, once an import with it was applied. */
  saveMapping(sourceName: string, mapping: SpreadsheetMapping): Promise<void>;
  loadState(): Promise<DirectoryState>;
  write(plan: ImportPlan, onProgress: (done: number, total: number) => Promise<void>): Promise<void>;
  save(job: ImportJob): Promise<void>;
  /** Keeps the duplicate guardians of the directory as it is after the import, for review. */
  saveDuplicates(groups: DuplicateGroup[]): Promise<void>;
  personIdOf(sourceId: string): string;
  /** Makes course projects of the teaching the files describe, with the directory as the import left it. */
  saveCourses(teaching: ImportSnapshot['teaching'], directory: DirectoryState): Promise<void>;
  /** The school's UAI and the school year the job fills, which its files must be about. */
  expectedOrigin(job: ImportJob): Promise<ExpectedOrigin>;
}

/** Files the person must fix, as opposed to a failure of ours: their message is shown as it is. */
export class ImportInputError extends Error {}

/**
 * Runs a job: reads its files, compares them with the directory as it is now, and either reports (dry run) or
 * writes. Applying plans again from the current directory, so a job that stopped half-way finishes what is left.
 */
export const runImport = async (
  job: ImportJob,
  mode: 'dry-run' | 'apply',
  ports: ImportRunPorts & { now(): Date },
) => {
  let current: ImportJob = { ...job, status: mode === 'dry-run' ? 'planning' : 'applying', progress: null };
  const save = async (changes: Partial<ImportJob>) => {
    current = { ...current, ...changes, version: current.version + 1 };
    await ports.save(current);
  };
  try {
    const { snapshot, mapping } = await ports.readSnapshot(job, await ports.readFiles(job));
    if (mapping) current = { ...current, mapping };
    // Before anything else: files of another school are refused, files of another year wait for a confirmation.
    const origins = checkFileOrigins(
      snapshot.origins ?? [],
      await ports.expectedOrigin(current),
      current.confirmedYear ?? null,
    );
    if (mode === 'apply' && origins.yearToConfirm !== null) {
      await save({ status: 'failed', ...refusal(origins.problems, 'Confirm the school year of the files') });
      return current;
    }
    const state = await ports.loadState();
    const plan = planImport(snapshot, state, { personIdOf: ports.personIdOf });
    const report = reportOf(plan, origins.problems);
    if (mode === 'dry-run') current = { ...current, yearToConfirm: origins.yearToConfirm };
    if (mode === 'dry-run' || report.hasErrors) {
      const refused = report.hasErrors && mode === 'apply';
      await save({
        status: refused ? 'failed' : 'planned',
        ...report,
        ...(refused && { error: 'The files have errors now: fix them and check the import again' }),
        ...(mode === 'dry-run' && { checkedAt: ports.now().toISOString() }),
      });
      return current;
    }
    if (current.target === 'next') {
      await ports.prepareForNextYear(current);
      await save({ status: 'applied' });
      return current;
    }
    const total = writesOf(plan);
    await save({ progress: { done: 0, total }, ...report });
    let lastSaved = 0;
    await ports.write(plan, async (done, items) => {
      // A progress bar needs a few steps, not one write of the job per batch.
      if (done - lastSaved >= items / 20 || done === items) {
        lastSaved = done;
        await save({ progress: { done, total: items } });
      }
    });
    const after = applyPlanToState(state, plan);
    await ports.saveDuplicates(findDuplicateGuardians(after));
    if (snapshot.teaching.length > 0) await ports.saveCourses(snapshot.teaching, after);
    if (current.sourceName && current.mapping) await ports.saveMapping(current.sourceName, current.mapping);
    await save({ status: 'applied' });
    return current;
  } catch (error) {
    const readable = error instanceof UnreadableFileError || error instanceof ImportInputError;
    await save({
      status: 'failed',
      error: readable ? (error as Error).message : 'The import stopped on an error of ours: try again',
      // The refusal is a row of the report too, with the line and column it is at.
      ...(error instanceof UnreadableFileError && refusal([error.problem], error.message)),
    });
    if (!readable) throw error;
    return current;
  }
};

/** A job refused before its plan: its problems say why, and nothing can be applied. */
const refusal = (problems: ImportProblem[], error: string) => ({
  summary: null,
  problems: problems.slice(0, problemsKept),
  problemCount: problems.length,
  hasErrors: true,
  error,
});

const reportOf = (plan: ImportPlan, originProblems: ImportProblem[]) => {
  const problems = [...originProblems, ...plan.problems].sort(
    (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'),
  );
  const summary: ImportSummary = {
    create: plan.createPeople.length,
    update: plan.updatePeople.length,
    retire: plan.retirePeople.length,
    unchanged: plan.unchanged,
    classes: plan.createClasses.length + plan.updateClasses.length,
    links:
      plan.addGuardianships.length +
      plan.removeGuardianships.length +
      plan.addTeaching.length +
      plan.removeTeaching.length,
  };
  return {
    summary,
    problems: problems.slice(0, problemsKept),
    problemCount: problems.length,
    hasErrors: hasErrors(plan) || originProblems.some(({ severity }) => severity === 'error'),
    error: null,
  };
};
