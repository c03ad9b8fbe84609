import { createHash, randomUUID } from 'node:crypto';
import type { ImportJob } from '#domain/imports/import-job';
import { newEvent } from '#events/envelope';
import { importChunkRequested } from '#events/imports/import-events';
import { requireEnv } from '#functions/lib/env';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoImportChunks, dynamoImportJobs } from './dynamo-import-jobs';

const schoolId = requireEnv(functionEnvironment.schoolId);

export const importJobs = dynamoImportJobs(requireEnv(functionEnvironment.tableName));

/** The request for one chunk of an apply, from the job runner or the chunk before it. */
const chunkRequest = ({ jobId }: ImportJob, run: number, chunk: number) =>
  newEvent(
    importChunkRequested,
    { jobId, run, chunk },
    { newId: randomUUID, schoolId, occurredAt: new Date().toISOString() },
  );

export const importChunks = dynamoImportChunks(requireEnv(functionEnvironment.tableName), chunkRequest);

export const importJobPorts = {
  jobs: importJobs,
  relations: directory,
  clock: { now: () => new Date() },
  newId: randomUUID,
  school: { schoolId },
};

/**
 * A new person's id, from the school and the person's id in the source: the same on every run, so a job that
 * stopped half-way and runs again writes the same people, not copies. Shaped as a UUID (version 8, custom).
 */
export const personIdOf = (sourceId: string) => {
  const hex = createHash('sha256').update(`${schoolId}\u0000${sourceId}`).digest('hex');
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
