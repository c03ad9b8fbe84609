import { listQuotes } from '#domain/sales/quotes';
import { quoteListQuerySchema } from '#domain/sales/sales';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseQuery } from '#functions/lib/http-request';
import { salesPorts } from './adapters/sales-ports';

/** The quotes of one state, newest first, a page at a time (one query of the state's index). */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await listQuotes(parseQuery(event, quoteListQuerySchema), actor, salesPorts),
}));
