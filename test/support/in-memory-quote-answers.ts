import type { AuditEntry } from '#domain/audit/audit-entry';
import type { Offer } from '#domain/sales/offer';
import { QuoteAlreadyAnsweredError } from '#domain/sales/offer-errors';
import type { QuoteAnswerPorts, QuoteAnswerStore } from '#domain/sales/quote-answers';
import type { Quote } from '#domain/sales/sales';
import { StaleVersionError } from '#domain/shared/errors';
import type { OutgoingEvent } from '#events/envelope';
import { inMemoryPlanningPorts } from './in-memory-planning';

/**
 * The quote answers' store in memory, holding the conditions the DynamoDB one holds: the quote at the version
 * read, an answer only on an open offer; a refused write changes nothing.
 */
export const inMemoryQuoteAnswers = () => {
  const quotes = new Map<string, Quote>();
  const offers = new Map<string, Offer>();
  const expiring = new Map<string, { quoteId: string; expiresAt: string }>();
  const published: OutgoingEvent[] = [];
  const audit: AuditEntry[] = [];
  const put = (quote: Quote, expectedVersion: number) => {
    if (quotes.get(quote.quoteId)?.version !== expectedVersion) {
      throw new StaleVersionError('quote', quote.quoteId, expectedVersion);
    }
    quotes.set(quote.quoteId, quote);
  };
  const store: QuoteAnswerStore = {
    quote: async (quoteId) => quotes.get(quoteId),
    offer: async (tokenHash) => offers.get(tokenHash),
    async send({ quote, expectedVersion, offer, expiresAt, events, audit: entry }) {
      put(quote, expectedVersion);
      offers.set(offer.tokenHash, offer);
      expiring.set(`${expiresAt}#${quote.quoteId}`, { quoteId: quote.quoteId, expiresAt });
      published.push(...events);
      audit.push(entry);
    },
    async answer({ quote, expectedVersion, offer, expiresAt, events, audit: entry }) {
      if (offers.get(offer.tokenHash)?.status !== 'open') throw new QuoteAlreadyAnsweredError();
      put(quote, expectedVersion);
      offers.set(offer.tokenHash, offer);
      expiring.delete(`${expiresAt}#${quote.quoteId}`);
      published.push(...events);
      audit.push(entry);
    },
    async close({ quote, expectedVersion, expiresAt, events, audit: entry }) {
      put(quote, expectedVersion);
      if (expiresAt) expiring.delete(`${expiresAt}#${quote.quoteId}`);
      published.push(...events);
      audit.push(entry);
    },
    async expiringBy(instant, limit) {
      return [...expiring.entries()]
        .filter(([key]) => key <= `${instant}~`)
        .sort(([a], [b]) => a.localeCompare(b))
        .slice(0, limit)
        .map(([, value]) => value);
    },
  };
  return { store, quotes, offers, expiring, published, audit };
};

/** Ports of the sales answers in memory, on the in-memory planning; tokens `token-1`, `token-2`… padded to 43. */
export const inMemoryQuoteAnswerPorts = (...args: Parameters<typeof inMemoryPlanningPorts>) => {
  const planning = inMemoryPlanningPorts(...args);
  const answers = inMemoryQuoteAnswers();
  let tokens = 0;
  const ports: QuoteAnswerPorts = {
    quotes: answers.store,
    planning: planning.ports,
    newToken: () => `token-${++tokens}`.padEnd(43, 'x'),
  };
  return { ports, planning, answers };
};
