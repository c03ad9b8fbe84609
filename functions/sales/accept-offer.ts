import { answerOffer } from '#domain/sales/answer-offer';
import { offerAnswerInputSchema } from '#domain/sales/offer';
import { httpHandler } from '#functions/lib/http-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { quoteAnswerPorts } from './adapters/quote-answer-ports';
import { offerTokenOf } from './offer-token';

/** The client accepts the quote and its agreement through their link, once, signing with the name they type. */
export const handler = httpHandler(async (event) => {
  const token = offerTokenOf(event);
  const input = parseJsonBody(event, offerAnswerInputSchema);
  const { quote, answer } = await answerOffer(token, 'accepted', input, quoteAnswerPorts);
  return { status: 200, body: { number: quote.number, status: quote.status, answer } };
});
