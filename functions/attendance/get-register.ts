import { readRegister } from '#domain/attendance/take-register';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { attendancePorts } from './adapters/attendance-ports';
import { sessionRefOf } from './session-ref';

/** A course session's register: its pupils and their marks (all present until taken), its version. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await readRegister(sessionRefOf(event), actor, attendancePorts),
}));
