import { createClient } from '#domain/sales/clients';
import { clientInputSchema } from '#domain/sales/sales';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { salesPorts } from './adapters/sales-ports';

/** A new client: its identifiers checked (SIREN, SIRET, VAT number), its billing address and contact. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 201,
  body: await createClient(parseJsonBody(event, clientInputSchema), actor, salesPorts),
}));
