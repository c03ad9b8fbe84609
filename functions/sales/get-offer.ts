import { publicOffer } from '#domain/sales/public-offer';
import { httpHandler } from '#functions/lib/http-handler';
import { quoteAnswerPorts, schoolLetterhead } from './adapters/quote-answer-ports';
import { offerTokenOf } from './offer-token';

/** The client opens their link (no account): the quote, the school, the agreement's terms; 404 for any dead link. */
export const handler = httpHandler(async (event) => ({
  status: 200,
  body: await publicOffer(offerTokenOf(event), quoteAnswerPorts, await schoolLetterhead()),
}));
