import { updateGrid } from '#domain/sales/rate-grids';
import { gridInputSchema } from '#domain/sales/sales';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { salesPorts } from './adapters/sales-ports';

/** A grid's new version, on the version read: quotes already made keep their lines. */
export const handler = signedInHandler(async (event, actor) => {
  const gridId = pathParameter(event, 'gridId');
  const input = parseJsonBody(event, gridInputSchema);
  return { status: 200, body: await updateGrid(gridId, input, actor, salesPorts) };
});
