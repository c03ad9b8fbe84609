import type { AuditEntry } from '#domain/audit/audit-entry';
import type { Actor } from '#domain/identity/actor';
import { authorize, type Relations } from '#domain/identity/authorize';
import { NotFoundError, ValidationError } from '#domain/shared/errors';
import { newEvent } from '#events/envelope';
import { quoteStatusChanged } from '#events/sales/sales-events';
import { holdSlots, releaseSlots } from './held-slots';
import { endOfDayInstant, hashOfferToken, type Offer, offerPath, type SendQuoteInput } from './offer';
import { movedQuote, type QuoteAnswerPorts } from './quote-answers';
import { assertQuoteMove } from './quote-states';
import type { Quote, QuoteStatus } from './sales';

/** The sales rights are school-wide (`any`): no relation of the directory is ever asked. */
export const schoolWide: Relations = {
  isGuardianOf: async () => false,
  teachesClass: async () => false,
  teachesStudent: async () => false,
  classesOf: async () => [],
};

/** The instant a sent quote expires: the end of its hold, or of its validity, in the school's zone. */
export const expiryOf = (quote: Pick<Quote, 'validUntil' | 'holdUntil'>, zone: string) =>
  endOfDayInstant(quote.holdUntil ?? quote.validUntil, zone);

/**
 * Sends a draft quote: the client gets a link to read, accept or refuse it; with `hold`, its slots (set-up and
 * teardown included) are held in the planning as options until `holdUntil`.
 * 1. The move draft → sent is checked against the quote's table of moves; `holdUntil` within the validity.
 * 2. With a hold, each slot is written through the planning's guarded write; a taken slot refuses the send (409
 *    `slot_held`), and the options already written are freed.
 * 3. Last, one transaction: the quote (on condition it is still at the version read), its offer (the token's
 *    hash), its expiry's index item, `QuoteStatusChanged` and the audit entry. When it fails (the quote changed
 *    meanwhile), the options are freed again: no hold without a sent quote.
 */
export const sendQuote = async (
  quoteId: string,
  input: SendQuoteInput,
  actor: Actor,
  ports: QuoteAnswerPorts,
) => {
  await authorize(actor, 'sales:write', { kind: 'school' }, schoolWide);
  const quote = await ports.quotes.quote(quoteId);
  if (!quote) throw new NotFoundError('quote', quoteId);
  assertQuoteMove(quote, 'sent');
  const { planning } = ports;
  const holdUntil = input.hold ? (input.holdUntil ?? quote.validUntil) : undefined;
  if (holdUntil !== undefined && holdUntil > quote.validUntil) {
    throw new ValidationError(
      'holdUntil',
      'must not be after the quote’s validity date',
      'hold_after_validity',
    );
  }
  const now = planning.clock.now().toISOString();
  const expiresAt = expiryOf({ validUntil: quote.validUntil, holdUntil }, planning.school.timeZone);
  if (expiresAt <= now) {
    throw new ValidationError(holdUntil ? 'holdUntil' : 'validUntil', 'is already past', 'past');
  }
  const held =
    holdUntil && quote.slots.length > 0 ? await holdSlots(heldQuote(quote), holdUntil, planning) : undefined;
  const token = ports.newToken();
  const offer: Offer = {
    tokenHash: hashOfferToken(token),
    quoteId,
    expiresAt,
    status: 'open',
    createdAt: now,
  };
  const sent: Quote = {
    ...movedQuote(quote, 'sent', actor.personId, now),
    ...(held && { projectId: held.projectId }),
    ...(holdUntil && { holdUntil }),
  };
  try {
    await ports.quotes.send({
      quote: sent,
      expectedVersion: quote.version,
      offer,
      expiresAt,
      events: [statusEvent(quote, 'sent', now, ports)],
      audit: auditOf(sent, 'quote.sent', { kind: 'person', id: actor.personId }, now, ports, {
        hold: held ? held.activityIds.length : 0,
      }),
    });
  } catch (error) {
    if (held) await releaseSlots(held.activityIds, planning);
    throw error;
  }
  return { quote: sent, link: { token, path: offerPath(token), expiresAt } };
};

export const heldQuote = (quote: Quote) => ({
  quoteId: quote.quoteId,
  number: quote.number,
  legalName: quote.client.legalName,
  slots: quote.slots,
});

export const statusEvent = (quote: Quote, to: QuoteStatus, at: string, ports: QuoteAnswerPorts) =>
  newEvent(
    quoteStatusChanged,
    { quoteId: quote.quoteId, number: quote.number, from: quote.status, to, at },
    { schoolId: ports.planning.school.schoolId, newId: ports.planning.newId, occurredAt: at },
  );

export const auditOf = (
  quote: Quote,
  action: AuditEntry['action'],
  actor: AuditEntry['actor'],
  at: string,
  ports: QuoteAnswerPorts,
  details: AuditEntry['details'] = {},
): AuditEntry => ({
  entryId: ports.planning.newId(),
  at,
  actor,
  action,
  subject: { kind: 'quote', id: quote.quoteId },
  details: { number: quote.number, ...details },
});
