import { listChanges } from '../../domain/people/list-changes';
import { functionEnvironment } from '../../infra/definitions/environment';
import { signedInHandler } from '../identity/adapters/signed-in-handler';
import { requireEnv } from '../lib/env';
import { pathParameter } from '../lib/http-request';
import { directory } from './adapters/directory';
import { dynamoChangeReader } from './adapters/dynamo-people';

const changes = dynamoChangeReader(requireEnv(functionEnvironment.tableName));

export const handler = signedInHandler(async (event, actor) => {
  const personId = pathParameter(event, 'personId');
  return { status: 200, body: { items: await listChanges(actor, personId, { directory, changes }) } };
});
