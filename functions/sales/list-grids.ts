import { listGrids } from '#domain/sales/rate-grids';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { salesPorts } from './adapters/sales-ports';

/** The rate grids by start of validity. */
export const handler = signedInHandler(async (_event, actor) => ({
  status: 200,
  body: await listGrids(actor, salesPorts),
}));
