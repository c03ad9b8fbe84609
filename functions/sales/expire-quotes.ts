import { expireQuotes } from '#domain/sales/close-quote';
import { scheduleHandler } from '#functions/lib/event-handler';
import { quoteAnswerPorts } from './adapters/quote-answer-ports';

/** Every quarter of an hour: sent quotes past their validity or hold expire, and their held slots are freed. */
export const handler = scheduleHandler('expire-quotes', async () => {
  await expireQuotes(quoteAnswerPorts);
});
