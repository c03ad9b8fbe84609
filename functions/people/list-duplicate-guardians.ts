import { listDuplicateGuardians } from '../../domain/people/list-duplicate-guardians';
import { functionEnvironment } from '../../infra/definitions/environment';
import { signedInHandler } from '../identity/adapters/signed-in-handler';
import { requireEnv } from '../lib/env';
import { directory } from '../people/adapters/directory';
import { dynamoDuplicates } from '../people/adapters/dynamo-duplicates';

const duplicates = dynamoDuplicates(requireEnv(functionEnvironment.tableName));

export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: { items: await listDuplicateGuardians(actor, { directory, duplicates }) },
}));
