import { randomUUID } from 'node:crypto';
import { contactChangesSchema } from '#domain/people/contact-input';
import { readPerson } from '#domain/people/read-person';
import { updateContact } from '#domain/people/update-contact';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { requireEnv } from '#functions/lib/env';
import { expectedVersion, parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { functionEnvironment } from '#infra/definitions/environment';
import { directory } from './adapters/directory';
import { dynamoPeopleWriter } from './adapters/dynamo-people';

const ports = {
  directory,
  people: dynamoPeopleWriter(requireEnv(functionEnvironment.tableName)),
  clock: { now: () => new Date() },
  newId: randomUUID,
};

export const handler = signedInHandler(async (event, actor) => {
  const personId = pathParameter(event, 'personId');
  const changes = parseJsonBody(event, contactChangesSchema);
  const updated = await updateContact(actor, personId, changes, expectedVersion(event), ports);
  const sheet = await readPerson(actor, updated.personId, directory);
  return { status: 200, body: sheet, headers: { etag: `"${sheet.version}"` } };
});
