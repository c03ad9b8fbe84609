import { readImportJob } from '../../domain/imports/import-jobs';
import { signedInHandler } from '../identity/adapters/signed-in-handler';
import { pathParameter } from '../lib/http-request';
import { importJobPorts } from './adapters/import-ports';
import { importJobBody } from './import-response';

export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: importJobBody(await readImportJob(actor, pathParameter(event, 'jobId'), importJobPorts)),
}));
