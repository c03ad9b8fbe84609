import { updateQuote } from '#domain/sales/quotes';
import { quoteInputSchema } from '#domain/sales/sales';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { salesPorts } from './adapters/sales-ports';

/** A draft changed in the builder, on the version read. */
export const handler = signedInHandler(async (event, actor) => {
  const quoteId = pathParameter(event, 'quoteId');
  const input = parseJsonBody(event, quoteInputSchema);
  return { status: 200, body: await updateQuote(quoteId, input, actor, salesPorts) };
});
