import { actualHoursInputSchema, recordActualHours } from '#domain/time/record-hours';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { timeHoursPorts } from './adapters/time-ports';

/** A technician (their own) or a planner enters a shift's actual hours; refused in an approved week. */
export const handler = signedInHandler(async (event, actor) => {
  const shiftId = pathParameter(event, 'shiftId');
  const input = parseJsonBody(event, actualHoursInputSchema);
  return { status: 200, body: await recordActualHours(shiftId, input, actor, timeHoursPorts) };
});
