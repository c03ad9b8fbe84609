import { addShelfLink } from '#domain/homework/class-shelf';
import { shelfLinkInputSchema } from '#domain/homework/homework';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { homeworkPorts } from './adapters/homework-ports';

/** A teacher of the class adds a link with a comment to its shelf. */
export const handler = signedInHandler(async (event, actor) => {
  const classId = pathParameter(event, 'classId');
  const input = parseJsonBody(event, shelfLinkInputSchema);
  return { status: 201, body: await addShelfLink(classId, input, actor, homeworkPorts, directory) };
});
