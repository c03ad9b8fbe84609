import { copyInputSchema } from '#domain/homework/homework';
import { copySessionEntry } from '#domain/homework/session-book';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { homeworkPorts } from './adapters/homework-ports';
import { sessionRefOf } from './session-ref';

/** The same lesson to another class: a session's entry copied onto another session its teacher gives. */
export const handler = signedInHandler(async (event, actor) => {
  const from = sessionRefOf(event);
  const { to } = parseJsonBody(event, copyInputSchema);
  return { status: 200, body: await copySessionEntry(from, to, actor, homeworkPorts) };
});
