import type { SchoolLetterhead } from '#domain/sales/agreement';
import { newOfferToken } from '#domain/sales/offer';
import type { QuoteAnswerPorts } from '#domain/sales/quote-answers';
import { requireEnv } from '#functions/lib/env';
import { schoolFromEnvironment, schoolLetterheadFromEnvironment } from '#functions/lib/school-environment';
import { planningPorts } from '#functions/planning/adapters/planning-ports';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoQuoteAnswers } from './dynamo-quote-answers';

/** The ports of sending a quote, the client's answer and the expiry: the quotes, and the planning holding the slots. */
export const quoteAnswerPorts: QuoteAnswerPorts = {
  quotes: dynamoQuoteAnswers(requireEnv(functionEnvironment.tableName)),
  planning: planningPorts,
  newToken: newOfferToken,
};

/** The school's letterhead, from its stack's variables (the registry's name, address and signatory). */
export const schoolLetterhead = async (): Promise<SchoolLetterhead> => ({
  name: schoolFromEnvironment().name,
  ...schoolLetterheadFromEnvironment(),
});
