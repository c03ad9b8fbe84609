import { updateClient } from '#domain/sales/clients';
import { clientInputSchema } from '#domain/sales/sales';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { salesPorts } from './adapters/sales-ports';

/** A client's new version, on the version read (`version` in the body). */
export const handler = signedInHandler(async (event, actor) => {
  const clientId = pathParameter(event, 'clientId');
  const input = parseJsonBody(event, clientInputSchema);
  return { status: 200, body: await updateClient(clientId, input, actor, salesPorts) };
});
