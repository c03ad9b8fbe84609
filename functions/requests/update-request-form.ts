import { authorize } from '#domain/identity/authorize';
import { reviseForm } from '#domain/requests/define-form';
import { formRevisionSchema } from '#domain/requests/request-form';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { requestPorts } from './adapters/request-ports';

export const handler = signedInHandler(async (event, actor) => {
  const formId = pathParameter(event, 'formId');
  const revision = parseJsonBody(event, formRevisionSchema);
  await authorize(actor, 'forms:define', { kind: 'school' }, directory);
  return { status: 200, body: await reviseForm(formId, revision, requestPorts) };
});
