import { commentOnRequest } from '#domain/requests/comment-on-request';
import { commentSchema } from '#domain/requests/request-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { requestPorts } from './adapters/request-ports';

/** Its submitter and the team write in a request's thread; to anyone else it does not exist. */
export const handler = signedInHandler(async (event, actor) => {
  const requestId = pathParameter(event, 'requestId');
  const { text } = parseJsonBody(event, commentSchema);
  return { status: 201, body: await commentOnRequest(requestId, text, actor, requestPorts) };
});
