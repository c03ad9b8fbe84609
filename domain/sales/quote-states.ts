import { ConflictError } from '#domain/shared/errors';
import type { QuoteStatus } from './sales';

/**
 * The life of a quote, one table of the moves allowed: a draft is sent or cancelled; a sent quote is accepted,
 * refused, expires at its validity date, or is cancelled; an accepted quote is cancelled only while no invoice is
 * issued from it (the caller says so: `hasInvoice`). Refused, expired and cancelled quotes are final.
 * S1 cancels drafts; S2 sends, accepts, refuses, expires; S3 checks `hasInvoice`.
 */
export const quoteMoves: Readonly<Record<QuoteStatus, readonly QuoteStatus[]>> = {
  draft: ['sent', 'cancelled'],
  sent: ['accepted', 'refused', 'expired', 'cancelled'],
  accepted: ['cancelled'],
  refused: [],
  expired: [],
  cancelled: [],
};

export const mayMoveQuote = (from: QuoteStatus, to: QuoteStatus, context: { hasInvoice?: boolean } = {}) =>
  quoteMoves[from].includes(to) && !(from === 'accepted' && to === 'cancelled' && context.hasInvoice);

/** Throws a 409 `quote_state` when the move is not in the table. */
export const assertQuoteMove = (
  quote: { quoteId: string; status: QuoteStatus },
  to: QuoteStatus,
  context: { hasInvoice?: boolean } = {},
) => {
  if (mayMoveQuote(quote.status, to, context)) return;
  if (quote.status === 'accepted' && to === 'cancelled') {
    throw new ConflictError(
      'quote_invoiced',
      `Quote ${quote.quoteId} has an invoice: issue a credit note first`,
    );
  }
  throw new ConflictError(
    'quote_state',
    `Quote ${quote.quoteId} is ${quote.status}: it cannot become ${to}`,
    { status: quote.status },
  );
};

/** Lines, slots and the client of a quote change only while it is a draft. */
export const isEditable = (status: QuoteStatus) => status === 'draft';
