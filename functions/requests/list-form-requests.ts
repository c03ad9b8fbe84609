import { authorize } from '#domain/identity/authorize';
import { summaryOf } from '#domain/requests/form-request';
import { requestListQuerySchema, selectionOf } from '#domain/requests/request-input';
import { requireSubmitter } from '#domain/requests/request-team';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { requestPorts } from './adapters/request-ports';

/** One's own requests; a state's or a project's for the team in charge. Newest first. */
export const handler = signedInHandler(async (event, actor) => {
  const selection = selectionOf(parseQuery(event, requestListQuerySchema), actor.personId);
  if ('submittedBy' in selection) requireSubmitter(actor);
  else await authorize(actor, 'form-requests:handle', { kind: 'school' }, directory);
  const requests = await requestPorts.requests.list(selection);
  return { status: 200, body: { items: requests.map(summaryOf) } };
});
