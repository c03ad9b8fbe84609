import { summaryOf } from './import-chunks';
import type { ImportJob, ImportSummary } from './import-job';
import { type ImportPlan, writesOf } from './import-plan';
import { type FinishImportPorts, finishImport } from './run-import';

export interface ImportChunkStore {
  get(jobId: string): Promise<ImportJob | undefined>;
  /**
   * Adds a chunk's counts to its job once, and asks for the next chunk if any, together: a chunk already counted,
   * or a job no longer applying this run, changes nothing (false).
   */
  recordChunk(
    job: ImportJob & { chunks: NonNullable<ImportJob['chunks']> },
    chunk: number,
    counts: { summary: ImportSummary; writes: number },
  ): Promise<boolean>;
  /** Ends a job whose every chunk is counted (once, if it is still applying this run). */
  markApplied(job: ImportJob): Promise<void>;
  /** Ends a job with the reason, shown on its page, unless it already ended. */
  markFailed(job: ImportJob, reason: string, failure: NonNullable<ImportJob['failure']>): Promise<void>;
}

export interface ImportChunkPorts extends FinishImportPorts {
  jobs: ImportChunkStore;
  readChunk(job: ImportJob, chunk: number): Promise<ImportPlan>;
  write(plan: ImportPlan, job: ImportJob): Promise<void>;
}

/** Why a job stopped when a chunk failed on our side: the job can be applied again, which finishes what is left. */
export const chunkFailure = (chunk: number, total: number) =>
  `The import stopped on an error of ours at part ${chunk + 1} of ${total}: apply it again to finish it`;

/**
 * Writes one chunk of an applied job and counts it, once however often it is delivered:
 * 1. a job no longer applying this run (ended, failed, or applied again since) ignores the chunk;
 * 2. the chunk's writes are puts and deletes of whole items, so writing it again changes nothing;
 * 3. its counts are added on condition that the chunk is not counted yet, with the request for the next chunk;
 * 4. once every chunk is counted, the import is finished and the job ends `applied`.
 * A chunk that fails ends the job `failed` with the reason, and the error goes on to the bus's retries and DLQ.
 */
export const runImportChunk = async (
  { jobId, run, chunk }: { jobId: string; run: number; chunk: number },
  ports: ImportChunkPorts,
) => {
  const job = await ports.jobs.get(jobId);
  const chunks = job?.chunks;
  if (job?.status !== 'applying' || !chunks || chunks.run !== run || chunk >= chunks.total) return;
  try {
    const plan = await ports.readChunk(job, chunk);
    await ports.write(plan, job);
    await ports.jobs.recordChunk({ ...job, chunks }, chunk, {
      summary: summaryOf(plan),
      writes: writesOf(plan),
    });
    const after = await ports.jobs.get(jobId);
    if (
      after?.status === 'applying' &&
      after.chunks?.run === run &&
      after.chunks.done === after.chunks.total
    ) {
      await finishImport(after, ports);
      await ports.jobs.markApplied(after);
    }
  } catch (error) {
    await ports.jobs.markFailed(job, chunkFailure(chunk, chunks.total), {
      code: 'chunk_failed',
      part: chunk + 1,
      parts: chunks.total,
    });
    throw error;
  }
};
