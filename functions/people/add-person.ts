import { randomUUID } from 'node:crypto';
import { addPerson } from '#domain/people/add-person';
import { newPersonSchema } from '#domain/people/new-person-input';
import { readPerson } from '#domain/people/read-person';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { requireEnv } from '#functions/lib/env';
import { parseJsonBody } from '#functions/lib/http-request';
import { functionEnvironment } from '#infra/definitions/environment';
import { directory } from './adapters/directory';
import { dynamoPeopleAdder } from './adapters/dynamo-people';

const ports = {
  people: dynamoPeopleAdder(requireEnv(functionEnvironment.tableName)),
  relations: directory,
  clock: { now: () => new Date() },
  newId: randomUUID,
};

export const handler = signedInHandler(async (event, actor) => {
  const person = await addPerson(actor, parseJsonBody(event, newPersonSchema), ports);
  const sheet = await readPerson(actor, person.personId, directory);
  return {
    status: 201,
    body: sheet,
    headers: { location: `/api/people/${person.personId}`, etag: `"${sheet.version}"` },
  };
});
