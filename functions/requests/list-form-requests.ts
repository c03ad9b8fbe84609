import { authorize } from '../../domain/identity/authorize';
import { summaryOf } from '../../domain/requests/form-request';
import { requestListQuerySchema, selectionOf } from '../../domain/requests/request-input';
import { requireSubmitter } from '../../domain/requests/request-team';
import { directory } from '../lib/directory';
import { parseQuery } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { requestPorts } from './adapters/request-ports';

/** One's own requests; a state's or a project's for the team in charge. Newest first. */
export const handler = signedInHandler(async (event, actor) => {
  const selection = selectionOf(parseQuery(event, requestListQuerySchema), actor.personId);
  if ('submittedBy' in selection) requireSubmitter(actor);
  else await authorize(actor, 'form-requests:handle', { kind: 'school' }, directory);
  const requests = await requestPorts.requests.list(selection);
  return { status: 200, body: { items: requests.map(summaryOf) } };
});
