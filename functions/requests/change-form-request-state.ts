import { authorize } from '#domain/identity/authorize';
import { changeRequestState } from '#domain/requests/change-request-state';
import { followRequest } from '#domain/requests/follow-request';
import { stateChangeSchema } from '#domain/requests/request-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { requestPorts } from './adapters/request-ports';

export const handler = signedInHandler(async (event, actor) => {
  const requestId = pathParameter(event, 'requestId');
  const { version, ...change } = parseJsonBody(event, stateChangeSchema);
  await authorize(actor, 'form-requests:handle', { kind: 'school' }, directory);
  const request = await followRequest(requestId, actor, requestPorts);
  return { status: 200, body: await changeRequestState(request, change, version, actor, requestPorts) };
});
