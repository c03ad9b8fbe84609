import { removeShelfLink } from '#domain/homework/class-shelf';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { homeworkPorts } from './adapters/homework-ports';

/** A teacher of the class takes a link off its shelf. */
export const handler = signedInHandler(async (event, actor) => {
  const classId = pathParameter(event, 'classId');
  await removeShelfLink(classId, pathParameter(event, 'linkId'), actor, homeworkPorts, directory);
  return { status: 204 };
});
