import { applyImportSchema } from '#domain/imports/import-input';
import { requestImportRun } from '#domain/imports/import-jobs';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { importJobPorts } from './adapters/import-ports';

/** Applies a checked job; a body is needed only to confirm the school year of files of another year. */
export const handler = signedInHandler(async (event, actor) => {
  const input = event.body ? parseJsonBody(event, applyImportSchema) : {};
  const job = await requestImportRun(actor, pathParameter(event, 'jobId'), 'apply', importJobPorts, input);
  return { status: 202, body: { jobId: job.jobId, status: job.status } };
});
