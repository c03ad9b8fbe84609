import { authorize } from '#domain/identity/authorize';
import { requireForm } from '#domain/requests/define-form';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { requestPorts } from './adapters/request-ports';

export const handler = signedInHandler(async (event, actor) => {
  const formId = pathParameter(event, 'formId');
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  return { status: 200, body: await requireForm(formId, requestPorts) };
});
