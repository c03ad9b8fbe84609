import { tickInputSchema } from '#domain/homework/homework';
import { tickWork } from '#domain/homework/pupil-work';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { homeworkPorts } from './adapters/homework-ports';

/** A pupil ticks a work done (or not) for themself. */
export const handler = signedInHandler(async (event, actor) => {
  const pupilId = pathParameter(event, 'personId');
  const input = parseJsonBody(event, tickInputSchema);
  return { status: 200, body: await tickWork(pupilId, input, actor, homeworkPorts) };
});
