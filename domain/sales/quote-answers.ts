import type { AuditEntry } from '#domain/audit/audit-entry';
import type { PlanningPorts } from '#domain/planning/planning-ports';
import type { OutgoingEvent } from '#events/envelope';
import type { Offer } from './offer';
import type { Quote, QuoteStatus } from './sales';

/**
 * What sending, answering and closing a quote store. Each write is one DynamoDB transaction: the quote on
 * condition that it is still at the version read, the offer, the expiry's index item, the events (outbox) and the
 * audit entry; so a quote never changes state without its event and its entry, and two answers at once find one
 * of them refused.
 */
export interface QuoteAnswerStore {
  quote(quoteId: string): Promise<Quote | undefined>;
  offer(tokenHash: string): Promise<Offer | undefined>;
  /** The quote `sent`, its new offer, its expiry indexed at `expiresAt`. */
  send(change: QuoteChange & { offer: Offer; expiresAt: string }): Promise<void>;
  /** The quote answered, on condition that its offer is still open (else `QuoteAlreadyAnsweredError`). */
  answer(change: QuoteChange & { offer: Offer; expiresAt: string }): Promise<void>;
  /** The quote cancelled or expired; its expiry's index item, if it was sent, removed. */
  close(change: QuoteChange & { expiresAt?: string }): Promise<void>;
  /** The sent quotes whose link ends at or before `instant`, oldest first (a key of the expiry index, no scan). */
  expiringBy(instant: string, limit: number): Promise<{ quoteId: string; expiresAt: string }[]>;
}

export interface QuoteChange {
  quote: Quote;
  expectedVersion: number;
  events: OutgoingEvent[];
  audit: AuditEntry;
}

export interface QuoteAnswerPorts {
  quotes: QuoteAnswerStore;
  /** The planning, through which every hold is written and freed. */
  planning: PlanningPorts;
  newToken: () => string;
}

/** The quote after a move: its new state and version, the move in its history. */
export const movedQuote = (quote: Quote, to: QuoteStatus, by: string, at: string): Quote => ({
  ...quote,
  status: to,
  history: [...quote.history, { status: to, at, by }],
  version: quote.version + 1,
});
