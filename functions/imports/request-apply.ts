import { requestImportRun } from '../../domain/imports/import-jobs';
import { pathParameter } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { importJobPorts } from './adapters/import-ports';

export const handler = signedInHandler(async (event, actor) => {
  const job = await requestImportRun(actor, pathParameter(event, 'jobId'), 'apply', importJobPorts);
  return { status: 202, body: { jobId: job.jobId, status: job.status } };
});
