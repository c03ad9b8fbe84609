import { readSession } from '#domain/homework/session-book';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { homeworkPorts } from './adapters/homework-ports';
import { sessionRefOf } from './session-ref';

/** A session's page: its entry for its classes, teachers and families; its history for those who keep the record. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await readSession(sessionRefOf(event), actor, homeworkPorts),
}));
