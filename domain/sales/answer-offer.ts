import { NotFoundError } from '#domain/shared/errors';
import { confirmSlots, releaseSlots } from './held-slots';
import { hashOfferToken, type OfferAnswerInput } from './offer';
import { QuoteAlreadyAnsweredError } from './offer-errors';
import { movedQuote, type QuoteAnswerPorts } from './quote-answers';
import { assertQuoteMove } from './quote-states';
import type { Quote } from './sales';
import { auditOf, expiryOf, statusEvent } from './send-quote';

/** One answer for every link that opens nothing: unknown, expired or revoked alike, so a guess learns nothing. */
const noOffer = () => new NotFoundError('offer', 'link');

/**
 * The offer a link opens: the quote while it is sent and not expired, or as answered once the client answered.
 * A link whose quote was cancelled or expired is revoked.
 */
export const openOffer = async (token: string, ports: QuoteAnswerPorts) => {
  const offer = await ports.quotes.offer(hashOfferToken(token));
  if (!offer) throw noOffer();
  const quote = await ports.quotes.quote(offer.quoteId);
  if (!quote) throw noOffer();
  if (offer.status === 'answered') return { offer, quote };
  const now = ports.planning.clock.now().toISOString();
  if (quote.status !== 'sent' || offer.expiresAt <= now) throw noOffer();
  return { offer, quote };
};

/**
 * The client accepts or refuses through their link, once, with the name they sign with.
 * 1. The link must open a sent quote (else 404); an answered one is refused (409 `quote_already_answered`).
 * 2. One transaction: the offer answered on condition it is still open (two answers at once: one holds), the
 *    quote moved on condition of its version, its expiry's index item removed, the event and the audit entry.
 * 3. Then the planning: accepted, the options become the project's activities; refused, they are freed.
 */
export const answerOffer = async (
  token: string,
  decision: 'accepted' | 'refused',
  input: OfferAnswerInput,
  ports: QuoteAnswerPorts,
) => {
  const { offer, quote } = await openOffer(token, ports);
  if (offer.status !== 'open') throw new QuoteAlreadyAnsweredError();
  assertQuoteMove(quote, decision);
  const now = ports.planning.clock.now().toISOString();
  const answered: Quote = movedQuote(quote, decision, 'client', now);
  const answer = { decision, name: input.name, at: now, ...(input.reason && { reason: input.reason }) };
  await ports.quotes.answer({
    quote: answered,
    expectedVersion: quote.version,
    offer: { ...offer, status: 'answered', answer },
    expiresAt: expiryOf(quote, ports.planning.school.timeZone),
    events: [statusEvent(quote, decision, now, ports)],
    audit: auditOf(
      answered,
      decision === 'accepted' ? 'quote.accepted' : 'quote.refused',
      {
        kind: 'client',
        id: quote.clientId,
      },
      now,
      ports,
    ),
  });
  await followInPlanning(answered, ports);
  return { quote: answered, answer };
};

/**
 * What a quote's new state does to its held slots: accepted, the options become firm; refused, expired or
 * cancelled, they are freed. Both are idempotent, so running this again after a failure finishes the job.
 */
export const followInPlanning = async (quote: Quote, ports: QuoteAnswerPorts) => {
  if (!quote.projectId) return;
  const activities = await ports.planning.planning.activitiesOf(quote.projectId);
  const ids = activities.filter((activity) => activity.hold?.quoteId === quote.quoteId).map(({ id }) => id);
  if (quote.status === 'accepted') await confirmSlots(ids, ports.planning);
  else if (quote.status !== 'sent' && quote.status !== 'draft') await releaseSlots(ids, ports.planning);
};
