import { entryInputSchema } from '#domain/homework/homework';
import { writeSessionEntry } from '#domain/homework/session-book';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { homeworkPorts } from './adapters/homework-ports';
import { sessionRefOf } from './session-ref';

/** A teacher writes what was done in their session and the work given: a new version, the ones before kept. */
export const handler = signedInHandler(async (event, actor) => {
  const ref = sessionRefOf(event);
  const input = parseJsonBody(event, entryInputSchema);
  return { status: 200, body: await writeSessionEntry(ref, input, actor, homeworkPorts) };
});
