import { updateItem } from '#domain/loans/inventory';
import { itemUpdateSchema } from '#domain/loans/item';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { loansPorts } from './adapters/loans-ports';

/** Staff change an item on the version they read: a new line of its history. */
export const handler = signedInHandler(async (event, actor) => {
  const itemId = pathParameter(event, 'itemId');
  const item = await updateItem(itemId, parseJsonBody(event, itemUpdateSchema), actor, loansPorts);
  return { status: 200, body: item, headers: { etag: `"${item.version}"` } };
});
