import { readPerson } from '#domain/people/read-person';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from './adapters/directory';

export const handler = signedInHandler(async (event, actor) => {
  const personId = pathParameter(event, 'personId');
  const sheet = await readPerson(actor, personId, directory);
  return { status: 200, body: sheet, headers: { etag: `"${sheet.version}"` } };
});
