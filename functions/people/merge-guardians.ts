import { randomUUID } from 'node:crypto';
import { mergeGuardians } from '#domain/people/merge-guardians';
import { guardianMergeSchema } from '#domain/people/merge-input';
import { readPerson } from '#domain/people/read-person';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { requireEnv } from '#functions/lib/env';
import { parseJsonBody } from '#functions/lib/http-request';
import { functionEnvironment } from '#infra/definitions/environment';
import { directory } from '../people/adapters/directory';
import { dynamoDuplicates } from '../people/adapters/dynamo-duplicates';

const ports = {
  directory,
  writer: dynamoDuplicates(requireEnv(functionEnvironment.tableName)),
  clock: { now: () => new Date() },
  newId: randomUUID,
};

export const handler = signedInHandler(async (event, actor) => {
  const { keepId, mergeIds } = parseJsonBody(event, guardianMergeSchema);
  const kept = await mergeGuardians(actor, keepId, mergeIds, ports);
  return { status: 200, body: await readPerson(actor, kept.personId, directory) };
});
