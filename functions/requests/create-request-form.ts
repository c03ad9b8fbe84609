import { authorize } from '#domain/identity/authorize';
import { createForm } from '#domain/requests/define-form';
import { newFormSchema } from '#domain/requests/request-form';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { requestPorts } from './adapters/request-ports';

export const handler = signedInHandler(async (event, actor) => {
  const input = parseJsonBody(event, newFormSchema);
  await authorize(actor, 'forms:define', { kind: 'school' }, directory);
  return { status: 201, body: await createForm(input, requestPorts) };
});
