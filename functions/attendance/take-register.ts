import { registerInputSchema } from '#domain/attendance/register';
import { takeRegister } from '#domain/attendance/take-register';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { attendancePorts } from './adapters/attendance-ports';
import { sessionRefOf } from './session-ref';

/** A teacher of the session (on its day) or vie scolaire saves its register: a new version, the ones before kept. */
export const handler = signedInHandler(async (event, actor) => {
  const ref = sessionRefOf(event);
  const input = parseJsonBody(event, registerInputSchema);
  return { status: 200, body: await takeRegister(ref, input, actor, attendancePorts) };
});
