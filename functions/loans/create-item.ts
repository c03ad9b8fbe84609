import { createItem } from '#domain/loans/inventory';
import { itemInputSchema } from '#domain/loans/item';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { loansPorts } from './adapters/loans-ports';

/** Staff add an item to the inventory. */
export const handler = signedInHandler(async (event, actor) => {
  const item = await createItem(parseJsonBody(event, itemInputSchema), actor, loansPorts);
  return {
    status: 201,
    body: item,
    headers: { etag: `"${item.version}"`, location: `/api/loans/items/${encodeURIComponent(item.itemId)}` },
  };
});
