import { readMe } from '#domain/people/read-me';
import { requireEnv } from '#functions/lib/env';
import { isInWorkGroups } from '#functions/messaging/adapters/dynamo-work-groups';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { signedInHandler } from './adapters/signed-in-handler';

const tableName = requireEnv(functionEnvironment.tableName);

export const handler = signedInHandler(async (_event, actor) => {
  const [me, inWorkGroups] = await Promise.all([
    readMe(actor, directory),
    isInWorkGroups(tableName, actor.personId),
  ]);
  return { status: 200, body: { ...me, inWorkGroups } };
});
