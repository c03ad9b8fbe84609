import { dueQuerySchema } from '#domain/homework/homework';
import { readDueWork } from '#domain/homework/pupil-work';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery, pathParameter } from '#functions/lib/http-request';
import { homeworkPorts } from './adapters/homework-ports';

/** A pupil's work by due day: the pupil's own, their children's for guardians, their pupils' for teachers. */
export const handler = signedInHandler(async (event, actor) => {
  const pupilId = pathParameter(event, 'personId');
  const span = parseQuery(event, dueQuerySchema);
  return { status: 200, body: await readDueWork(pupilId, span, actor, homeworkPorts) };
});
