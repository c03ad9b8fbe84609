import { listChanges } from '../../domain/people/list-changes';
import { functionEnvironment } from '../../infra/definitions/environment';
import { directory } from '../lib/directory';
import { requireEnv } from '../lib/env';
import { pathParameter } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { dynamoChangeReader } from './adapters/dynamo-people';

const changes = dynamoChangeReader(requireEnv(functionEnvironment.tableName));

export const handler = signedInHandler(async (event, actor) => {
  const personId = pathParameter(event, 'personId');
  return { status: 200, body: { items: await listChanges(actor, personId, { directory, changes }) } };
});
