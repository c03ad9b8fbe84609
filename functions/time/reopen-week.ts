import { reopeningInputSchema, reopenWeek } from '#domain/time/approve-week';
import { mondayParameter } from '#domain/time/read-team-week';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { timeHoursPorts } from './adapters/time-ports';

/** A planner reopens a person's approved week, with a reason kept in the audit trail. */
export const handler = signedInHandler(async (event, actor) => {
  const monday = mondayParameter(event.pathParameters?.monday);
  const input = parseJsonBody(event, reopeningInputSchema);
  return { status: 200, body: await reopenWeek(monday, input, actor, timeHoursPorts) };
});
