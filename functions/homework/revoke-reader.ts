import { revokeReader } from '#domain/homework/class-book';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { homeworkPorts } from './adapters/homework-ports';

/** The head of school takes a reader's right back; a second time answers the same. */
export const handler = signedInHandler(async (event, actor) => {
  await revokeReader(pathParameter(event, 'personId'), actor, homeworkPorts, directory);
  return { status: 204 };
});
