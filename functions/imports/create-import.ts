import { newImportSchema } from '#domain/imports/import-input';
import { createImportJob } from '#domain/imports/import-jobs';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { requireEnv } from '#functions/lib/env';
import { parseJsonBody } from '#functions/lib/http-request';
import { functionEnvironment } from '#infra/definitions/environment';
import { importFiles } from './adapters/import-files';
import { importJobPorts } from './adapters/import-ports';

const files = importFiles(requireEnv(functionEnvironment.documentsBucket));

/** A new import job, with one upload link per file: the browser puts the files, then asks for the dry run. */
export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, newImportSchema);
  const job = await createImportJob(actor, input, importJobPorts);
  const uploads = await Promise.all(
    job.files.map(async (file) => ({ file, url: await files.uploadUrl(job, file) })),
  );
  return {
    status: 201,
    body: { jobId: job.jobId, uploads },
    headers: { location: `/api/imports/${job.jobId}` },
  };
});
