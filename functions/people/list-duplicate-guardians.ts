import { listDuplicateGuardians } from '#domain/people/list-duplicate-guardians';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { requireEnv } from '#functions/lib/env';
import { functionEnvironment } from '#infra/definitions/environment';
import { directory } from '../people/adapters/directory';
import { dynamoDuplicates } from '../people/adapters/dynamo-duplicates';

const duplicates = dynamoDuplicates(requireEnv(functionEnvironment.tableName));

export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: { items: await listDuplicateGuardians(actor, { directory, duplicates }) },
}));
