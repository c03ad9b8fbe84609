import * as z from 'zod/mini';
import { defineEvent } from '#events/envelope';

export const importsSource = 'preau.imports';

/** An administrator asked for an import job to be checked (dry run) or applied; the job runner takes it. */
export const importRequested = defineEvent({
  source: importsSource,
  detailType: 'ImportRequested',
  version: '1',
  description: 'An import job is to be checked (dry-run) or applied; data names the job and the mode.',
  dataSchema: z.strictObject({ jobId: z.string(), mode: z.enum(['dry-run', 'apply']) }),
});

/** An administrator asked to move to next school year: the prepared imports are to be written. */
export const schoolYearSwitchRequested = defineEvent({
  source: importsSource,
  detailType: 'SchoolYearSwitchRequested',
  version: '1',
  description: 'The school moves to the next school year; data names that year.',
  dataSchema: z.strictObject({ schoolYear: z.string() }),
});

/**
 * One chunk of an import job's writes is to be applied: an apply is cut in chunks, each well within its function's
 * time limit, each asking for the next once counted. A chunk delivered twice is written twice and counted once.
 */
export const importChunkRequested = defineEvent({
  source: importsSource,
  detailType: 'ImportChunkRequested',
  version: '1',
  description:
    'A chunk of an import job is to be written; data names the job, its apply run (the job version that cut the chunks) and the chunk (from 0).',
  dataSchema: z.strictObject({
    jobId: z.string(),
    run: z.number().check(z.int(), z.nonnegative()),
    chunk: z.number().check(z.int(), z.nonnegative()),
  }),
});
