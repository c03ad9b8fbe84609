import { authorize } from '#domain/identity/authorize';
import { formStatuses } from '#domain/requests/request-form';
import { formListQuerySchema } from '#domain/requests/request-input';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { requestPorts } from './adapters/request-ports';

/** The open forms, for whoever may submit one; with the closed ones for those who define them. */
export const handler = signedInHandler(async (event, actor) => {
  const all = parseQuery(event, formListQuerySchema).all === 'true';
  await authorize(actor, all ? 'forms:define' : 'planning:read', { kind: 'school' }, directory);
  const items = await requestPorts.forms.list(all ? formStatuses : ['open']);
  return { status: 200, body: { items } };
});
