import { requestImportRun } from '#domain/imports/import-jobs';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { importJobPorts } from './adapters/import-ports';

export const handler = signedInHandler(async (event, actor) => {
  const job = await requestImportRun(actor, pathParameter(event, 'jobId'), 'dry-run', importJobPorts);
  return { status: 202, body: { jobId: job.jobId, status: job.status } };
});
