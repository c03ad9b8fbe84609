import { listDuplicateGuardians } from '../../domain/people/list-duplicate-guardians';
import { functionEnvironment } from '../../infra/definitions/environment';
import { directory } from '../lib/directory';
import { requireEnv } from '../lib/env';
import { signedInHandler } from '../lib/signed-in-handler';
import { dynamoDuplicates } from './adapters/dynamo-duplicates';

const duplicates = dynamoDuplicates(requireEnv(functionEnvironment.tableName));

export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: { items: await listDuplicateGuardians(actor, { directory, duplicates }) },
}));
