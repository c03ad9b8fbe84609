import { createGrid } from '#domain/sales/rate-grids';
import { gridInputSchema } from '#domain/sales/sales';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { salesPorts } from './adapters/sales-ports';

/** A new rate grid for a season, overlapping no other. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 201,
  body: await createGrid(parseJsonBody(event, gridInputSchema), actor, salesPorts),
}));
