import type { DirectoryState } from '#domain/people/directory-state';
import { type DuplicateGroup, findDuplicateGuardians } from '#domain/people/duplicate-guardians';
import { checkFileOrigins, type ExpectedOrigin } from './check-file-origins';
import { chunksOf, type ImportChunk, summaryOf } from './import-chunks';
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
  save(job: ImportJob): Promise<void>;
  /** Keeps the chunks of an applied plan, and the teaching the files describe, for the chunks' runs to read. */
  saveChunks(
    job: ImportJob,
    chunks: readonly ImportChunk[],
    teaching: ImportSnapshot['teaching'],
  ): Promise<void>;
  /** Saves the job and asks for its first chunk, together. */
  startChunks(job: ImportJob): Promise<void>;
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
  let current: ImportJob = {
    ...job,
    status: mode === 'dry-run' ? 'planning' : 'applying',
    progress: null,
    chunks: null,
  };
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
    // 1. The plan is cut once, here, and kept: each chunk is then written and counted on its own run, so the
    //    summary is the sum of the chunks of this plan, whatever the number of runs it takes.
    const chunks = chunksOf(plan);
    if (chunks.length === 0) {
      await finishImport(current, { ...ports, readTeaching: async () => snapshot.teaching });
      await save({ ...report, status: 'applied' });
      return current;
    }
    // 2. The counters start from what no chunk writes; each chunk adds its own once (see run-import-chunk.ts).
    current = {
      ...current,
      ...report,
      summary: noChanges(plan),
      progress: { done: 0, total: writesOf(plan) },
      chunks: { run: current.version + 1, total: chunks.length, done: 0 },
      version: current.version + 1,
    };
    await ports.saveChunks(current, chunks, snapshot.teaching);
    await ports.startChunks(current);
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

const noChanges = (plan: ImportPlan): ImportSummary => ({
  create: 0,
  update: 0,
  retire: 0,
  unchanged: plan.unchanged,
  classes: 0,
  links: 0,
});

export interface FinishImportPorts {
  loadState(): Promise<DirectoryState>;
  saveDuplicates(groups: DuplicateGroup[]): Promise<void>;
  saveCourses(teaching: ImportSnapshot['teaching'], directory: DirectoryState): Promise<void>;
  saveMapping(sourceName: string, mapping: SpreadsheetMapping): Promise<void>;
  readTeaching(job: ImportJob): Promise<ImportSnapshot['teaching']>;
}

/**
 * What follows the writes, on the directory as they left it: its duplicate guardians, the courses of the teaching,
 * the spreadsheet's mapping. Each replaces what it saved before, so running it twice does no harm.
 */
export const finishImport = async (job: ImportJob, ports: FinishImportPorts) => {
  const after = await ports.loadState();
  await ports.saveDuplicates(findDuplicateGuardians(after));
  const teaching = await ports.readTeaching(job);
  if (teaching.length > 0) await ports.saveCourses(teaching, after);
  if (job.sourceName && job.mapping) await ports.saveMapping(job.sourceName, job.mapping);
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
  return {
    summary: summaryOf(plan),
    problems: problems.slice(0, problemsKept),
    problemCount: problems.length,
    hasErrors: hasErrors(plan) || originProblems.some(({ severity }) => severity === 'error'),
    error: null,
  };
};
