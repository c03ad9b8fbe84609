import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { NotFoundError } from '#domain/shared/errors';
import { agreementOf, type SchoolLetterhead } from './agreement';
import { openOffer } from './answer-offer';
import { slotsOf } from './public-offer';
import type { QuoteAnswerPorts } from './quote-answers';
import { schoolWide } from './send-quote';

/**
 * What the quote's PDF and its agreement print, for the sales staff: the quote, its slots with their places'
 * names, the agreement's text, and when the client accepted it online, if they did.
 */
export const quoteDocuments = async (
  quoteId: string,
  actor: Actor,
  ports: QuoteAnswerPorts,
  school: SchoolLetterhead,
) => {
  await authorize(actor, 'sales:read', { kind: 'school' }, schoolWide);
  const quote = await ports.quotes.quote(quoteId);
  if (!quote) throw new NotFoundError('quote', quoteId);
  const slots = await slotsOf(quote, ports);
  const accepted = quote.history.findLast((entry) => entry.status === 'accepted');
  return {
    quote,
    slots,
    agreement: agreementOf(quote, school, slots),
    acceptance: accepted && { at: accepted.at, timeZone: ports.planning.school.timeZone },
  };
};

/** The same documents for the client, through their link: the agreement signed with the name they typed. */
export const offerDocuments = async (token: string, ports: QuoteAnswerPorts, school: SchoolLetterhead) => {
  const { offer, quote } = await openOffer(token, ports);
  const slots = await slotsOf(quote, ports);
  const { answer } = offer;
  return {
    quote,
    slots,
    agreement: agreementOf(quote, school, slots),
    acceptance:
      answer?.decision === 'accepted'
        ? { name: answer.name, at: answer.at, timeZone: ports.planning.school.timeZone }
        : undefined,
  };
};
