import { listClassStudents } from '../../domain/people/list-classes';
import { directory } from '../lib/directory';
import { pathParameter } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';

export const handler = signedInHandler(async (event, actor) => {
  const classId = pathParameter(event, 'classId');
  return { status: 200, body: { items: await listClassStudents(actor, classId, directory) } };
});
