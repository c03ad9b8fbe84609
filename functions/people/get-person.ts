import { readPerson } from '../../domain/people/read-person';
import { directory } from '../lib/directory';
import { pathParameter } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';

export const handler = signedInHandler(async (event, actor) => {
  const personId = pathParameter(event, 'personId');
  const sheet = await readPerson(actor, personId, directory);
  return { status: 200, body: sheet, headers: { etag: `"${sheet.version}"` } };
});
