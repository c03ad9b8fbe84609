import { approvalInputSchema, approveWeek } from '#domain/time/approve-week';
import { mondayParameter } from '#domain/time/read-team-week';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { timeHoursPorts } from './adapters/time-ports';

/** A planner approves people's week: each is locked, audited, with `WeekApproved`. */
export const handler = signedInHandler(async (event, actor) => {
  const monday = mondayParameter(event.pathParameters?.monday);
  const input = parseJsonBody(event, approvalInputSchema);
  return { status: 200, body: await approveWeek(monday, input, actor, timeHoursPorts) };
});
