import { changeShift, shiftUpdateSchema } from '#domain/time/plan-shift';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { timePorts } from './adapters/time-ports';

/** A planner changes a shift on the version read, checked again. */
export const handler = signedInHandler(async (event, actor) => {
  const shiftId = pathParameter(event, 'shiftId');
  const changed = await changeShift(shiftId, parseJsonBody(event, shiftUpdateSchema), actor, timePorts);
  return { status: 200, body: changed };
});
