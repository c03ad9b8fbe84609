import { listClassStudents } from '#domain/people/list-classes';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '../people/adapters/directory';

export const handler = signedInHandler(async (event, actor) => {
  const classId = pathParameter(event, 'classId');
  return { status: 200, body: { items: await listClassStudents(actor, classId, directory) } };
});
