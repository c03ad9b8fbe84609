import { readItem } from '#domain/loans/inventory';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { pathParameter } from '#functions/lib/http-request';
import { loansPorts } from './adapters/loans-ports';

/** An item's sheet and its history. */
export const handler = signedInHandler(async (event, actor) => {
  const read = await readItem(pathParameter(event, 'itemId'), actor, loansPorts);
  return { status: 200, body: read, headers: { etag: `"${read.item.version}"` } };
});
