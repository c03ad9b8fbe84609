import { planShift } from '#domain/time/plan-shift';
import { shiftInputSchema } from '#domain/time/shift';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { timePorts } from './adapters/time-ports';

/** A planner plans a shift, checked against its person's rules as it is saved. */
export const handler = signedInHandler(async (event, actor) => {
  const planned = await planShift(parseJsonBody(event, shiftInputSchema), actor, timePorts);
  return {
    status: 201,
    body: planned,
    headers: { location: `/api/time/shifts/${encodeURIComponent(planned.shift.shiftId)}` },
  };
});
