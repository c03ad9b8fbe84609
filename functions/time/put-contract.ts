import { staffContractBodySchema } from '#domain/time/contract';
import { setContract } from '#domain/time/staff-contracts';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { timePorts } from './adapters/time-ports';

/** A planner gives a technician their contract: the person joins the team. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await setContract(
    pathParameter(event, 'personId'),
    parseJsonBody(event, staffContractBodySchema),
    actor,
    timePorts,
  ),
}));
