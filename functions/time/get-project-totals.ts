import { readProjectTotals } from '#domain/time/read-time-totals';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { timeHoursPorts } from './adapters/time-ports';

/** A production's hours and cost, per person and in all, at each contract's hourly rate. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await readProjectTotals(pathParameter(event, 'projectId'), actor, timeHoursPorts),
}));
