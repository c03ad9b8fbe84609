import { candidatesQuerySchema, findCandidates } from '#domain/time/candidates';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { timePorts } from './adapters/time-ports';

/** Who may take a shift: the skilled first, then the free. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await findCandidates(parseQuery(event, candidatesQuerySchema), actor, timePorts),
}));
