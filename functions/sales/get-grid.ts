import { readGrid } from '#domain/sales/rate-grids';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { salesPorts } from './adapters/sales-ports';

export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await readGrid(pathParameter(event, 'gridId'), actor, salesPorts),
}));
