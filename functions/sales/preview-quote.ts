import { previewQuote } from '#domain/sales/quotes';
import { quoteInputSchema } from '#domain/sales/sales';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { salesPorts } from './adapters/sales-ports';

/** The lines and totals a quote would have, priced by its grid, without saving it: the builder's preview. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 200,
  body: await previewQuote(parseJsonBody(event, quoteInputSchema), actor, salesPorts),
}));
