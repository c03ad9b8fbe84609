import { findGroupCandidates } from '#domain/messaging/group-candidates';
import { candidatesQuerySchema } from '#domain/messaging/work-group';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { workGroupPorts } from './adapters/work-group-ports';

/** The people one may add to a group whose name matches: adults, and one's own pupils. */
export const handler = signedInHandler(async (event, actor) => {
  const { name } = parseQuery(event, candidatesQuerySchema);
  return { status: 200, body: { people: await findGroupCandidates(name, actor, workGroupPorts) } };
});
