import { listItems } from '#domain/loans/inventory';
import { itemListQuerySchema } from '#domain/loans/item';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { loansPorts } from './adapters/loans-ports';

/** A family's items by kind, filtered by words, a page at a time. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await listItems(parseQuery(event, itemListQuerySchema), actor, loansPorts),
}));
