import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { NotFoundError, StaleVersionError } from '#domain/shared/errors';
import { followInPlanning } from './answer-offer';
import { movedQuote, type QuoteAnswerPorts } from './quote-answers';
import { assertQuoteMove } from './quote-states';
import type { Quote } from './sales';
import { auditOf, expiryOf, schoolWide, statusEvent } from './send-quote';

/**
 * The sales staff cancel a quote (a draft, a sent one, or an accepted one without invoice): its link is revoked
 * with it (a link opens a sent quote only), its held slots are freed. An accepted quote's activities stay: they
 * are the project's now, and the planners cancel them if the event does not take place.
 */
export const cancelQuote = async (
  quoteId: string,
  expectedVersion: number | undefined,
  actor: Actor,
  ports: QuoteAnswerPorts,
  context: { hasInvoice?: boolean } = {},
) => {
  await authorize(actor, 'sales:write', { kind: 'school' }, schoolWide);
  const quote = await ports.quotes.quote(quoteId);
  if (!quote) throw new NotFoundError('quote', quoteId);
  if (expectedVersion !== undefined && expectedVersion !== quote.version) {
    throw new StaleVersionError('quote', quoteId, expectedVersion);
  }
  assertQuoteMove(quote, 'cancelled', context);
  return closeQuote(quote, 'cancelled', { kind: 'person', id: actor.personId }, quote.version, ports);
};

const closeQuote = async (
  quote: Quote,
  to: 'cancelled' | 'expired',
  by: { kind: 'person' | 'school'; id: string },
  expectedVersion: number,
  ports: QuoteAnswerPorts,
) => {
  const now = ports.planning.clock.now().toISOString();
  const closed = movedQuote(quote, to, by.kind === 'person' ? by.id : 'expiry', now);
  await ports.quotes.close({
    quote: closed,
    expectedVersion,
    ...(quote.status === 'sent' && { expiresAt: expiryOf(quote, ports.planning.school.timeZone) }),
    events: [statusEvent(quote, to, now, ports)],
    audit: auditOf(closed, to === 'cancelled' ? 'quote.cancelled' : 'quote.expired', by, now, ports),
  });
  if (quote.status === 'sent') await followInPlanning(closed, ports);
  return { quote: closed };
};

/** How many expired quotes one run of the schedule moves at most: the next run, minutes later, takes the rest. */
const expiriesPerRun = 50;

/**
 * The schedule's run: every sent quote whose link ended (its validity, or its hold if earlier) is expired and its
 * options freed. It reads the expiry index up to now, a key query; a quote answered meanwhile is left as it is.
 */
export const expireQuotes = async (ports: QuoteAnswerPorts) => {
  const now = ports.planning.clock.now().toISOString();
  const due = await ports.quotes.expiringBy(now, expiriesPerRun);
  let expired = 0;
  for (const { quoteId } of due) {
    const quote = await ports.quotes.quote(quoteId);
    if (quote?.status !== 'sent') continue;
    try {
      await closeQuote(
        quote,
        'expired',
        { kind: 'school', id: ports.planning.school.schoolId },
        quote.version,
        ports,
      );
      expired += 1;
    } catch (error) {
      // The client answered at the same moment: their answer holds, the quote is not expired.
      if ((error as { name?: string }).name !== 'StaleVersionError') throw error;
    }
  }
  return { expired };
};
