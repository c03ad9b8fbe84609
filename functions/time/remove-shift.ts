import { removeShift, shiftVersionQuerySchema } from '#domain/time/plan-shift';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery, pathParameter } from '#functions/lib/http-request';
import { timePorts } from './adapters/time-ports';

/** A planner removes a shift on the version read. */
export const handler = signedInHandler(async (event, actor) => {
  const shiftId = pathParameter(event, 'shiftId');
  const { version } = parseQuery(event, shiftVersionQuerySchema);
  await removeShift(shiftId, version, actor, timePorts);
  return { status: 204 };
});
