import { authorize } from '../../domain/identity/authorize';
import { createForm } from '../../domain/requests/define-form';
import { newFormSchema } from '../../domain/requests/request-form';
import { directory } from '../lib/directory';
import { parseJsonBody } from '../lib/http-request';
import { signedInHandler } from '../lib/signed-in-handler';
import { requestPorts } from './adapters/request-ports';

export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, newFormSchema);
  await authorize(actor, 'forms:define', { kind: 'school' }, directory);
  return { status: 201, body: await createForm(input, requestPorts) };
});
