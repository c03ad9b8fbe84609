import { followRequest } from '#domain/requests/follow-request';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { requestPorts } from './adapters/request-ports';

/** Its submitter and the team in charge read a request; to anyone else it does not exist. */
export const handler = signedInHandler(async (event, actor) => {
  const requestId = pathParameter(event, 'requestId');
  return { status: 200, body: await followRequest(requestId, actor, requestPorts) };
});
