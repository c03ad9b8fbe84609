import { authorize } from '../../domain/identity/authorize';
import { requireForm } from '../../domain/requests/define-form';
import { signedInHandler } from '../identity/adapters/signed-in-handler';
import { pathParameter } from '../lib/http-request';
import { directory } from '../people/adapters/directory';
import { requestPorts } from './adapters/request-ports';

export const handler = signedInHandler(async (event, actor) => {
  const formId = pathParameter(event, 'formId');
  await authorize(actor, 'planning:read', { kind: 'school' }, directory);
  return { status: 200, body: await requireForm(formId, requestPorts) };
});
