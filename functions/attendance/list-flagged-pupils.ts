import { listFlagged } from '#domain/attendance/count-absences';
import { monthQuerySchema } from '#domain/attendance/justification';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { absencePorts } from './adapters/absence-ports';

/** The pupils who reached four unjustified half-days in a month (this month unless said). */
export const handler = signedInHandler(async (event, actor) => {
  const { month } = parseQuery(event, monthQuerySchema);
  return { status: 200, body: await listFlagged(month, actor, absencePorts) };
});
