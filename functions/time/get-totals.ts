import { readTotals, totalsQuerySchema } from '#domain/time/read-time-totals';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { timeHoursPorts } from './adapters/time-ports';

/** A person's totals (their own, or anyone's for planners), or everyone's who worked in the span. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await readTotals(parseQuery(event, totalsQuerySchema), actor, timeHoursPorts),
}));
