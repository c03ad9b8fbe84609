import { readImportJob } from '#domain/imports/import-jobs';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { importJobPorts } from './adapters/import-ports';
import { importJobBody } from './import-response';

export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: importJobBody(await readImportJob(actor, pathParameter(event, 'jobId'), importJobPorts)),
}));
