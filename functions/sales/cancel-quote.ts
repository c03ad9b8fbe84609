import { cancelQuote } from '#domain/sales/close-quote';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { expectedVersion, pathParameter } from '#functions/lib/http-request';
import { quoteAnswerPorts } from './adapters/quote-answer-ports';

/** The sales staff cancel a quote: its link revoked, its held slots freed (`If-Match` guards a stale sheet). */
export const handler = signedInHandler(async (event, actor) => {
  const quoteId = pathParameter(event, 'quoteId');
  return { status: 200, body: await cancelQuote(quoteId, expectedVersion(event), actor, quoteAnswerPorts) };
});
