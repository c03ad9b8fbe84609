import { mondayParameter, readTeamWeek, weekQuerySchema } from '#domain/time/read-team-week';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { timePorts } from './adapters/time-ports';

/** The team's week (or one person's): shifts, accepted breaches, planned and actual minutes, approval. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await readTeamWeek(
    mondayParameter(event.pathParameters?.monday),
    parseQuery(event, weekQuerySchema),
    actor,
    timePorts,
  ),
}));
