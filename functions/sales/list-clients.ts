import { listClients } from '#domain/sales/clients';
import { clientListQuerySchema } from '#domain/sales/sales';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { salesPorts } from './adapters/sales-ports';

/** The clients by name, a page at a time; `name` keeps those whose name starts so. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await listClients(parseQuery(event, clientListQuerySchema), actor, salesPorts),
}));
