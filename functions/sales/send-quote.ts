import { sendQuoteInputSchema } from '#domain/sales/offer';
import { sendQuote } from '#domain/sales/send-quote';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { parseJsonBody, pathParameter } from '#functions/lib/http-request';
import { quoteAnswerPorts } from './adapters/quote-answer-ports';

/** The sales staff send a draft quote: the client's link, and with `hold` its slots held as options in the planning. */
export const handler = signedInHandler(async (event, actor) => {
  const quoteId = pathParameter(event, 'quoteId');
  const input = parseJsonBody(event, sendQuoteInputSchema);
  return { status: 200, body: await sendQuote(quoteId, input, actor, quoteAnswerPorts) };
});
