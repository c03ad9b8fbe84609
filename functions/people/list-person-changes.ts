import { listChanges } from '#domain/people/list-changes';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { requireEnv } from '#functions/lib/env';
import { pathParameter } from '#functions/lib/http-request';
import { functionEnvironment } from '#infra/definitions/environment';
import { directory } from './adapters/directory';
import { dynamoChangeReader } from './adapters/dynamo-people';

const changes = dynamoChangeReader(requireEnv(functionEnvironment.tableName));

export const handler = signedInHandler(async (event, actor) => {
  const personId = pathParameter(event, 'personId');
  return { status: 200, body: { items: await listChanges(actor, personId, { directory, changes }) } };
});
