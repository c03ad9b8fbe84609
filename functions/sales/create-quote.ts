import { createQuote } from '#domain/sales/quotes';
import { quoteInputSchema } from '#domain/sales/sales';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { salesPorts } from './adapters/sales-ports';

/** A draft quote, priced and numbered (D2026-0001) in the transaction that saves it. */
export const handler = signedInHandler(async (event, actor) => ({
  status: 201,
  body: await createQuote(parseJsonBody(event, quoteInputSchema), actor, salesPorts),
}));
