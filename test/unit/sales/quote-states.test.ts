import { describe, expect, it } from 'vitest';
import { assertQuoteMove, isEditable, mayMoveQuote, quoteMoves } from '#domain/sales/quote-states';
import { quoteStatuses } from '#domain/sales/sales';
import { ConflictError } from '#domain/shared/errors';

describe('the moves of a quote', () => {
  it('allows exactly the moves of the table', () => {
    const allowed = quoteStatuses.flatMap((from) =>
      quoteStatuses.filter((to) => mayMoveQuote(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'draft→sent',
      'draft→cancelled',
      'sent→accepted',
      'sent→refused',
      'sent→expired',
      'sent→cancelled',
      'accepted→cancelled',
    ]);
  });

  it('keeps refused, expired and cancelled quotes final', () => {
    for (const status of ['refused', 'expired', 'cancelled'] as const) expect(quoteMoves[status]).toEqual([]);
  });

  it('cancels an accepted quote only while no invoice is issued from it', () => {
    expect(mayMoveQuote('accepted', 'cancelled', { hasInvoice: false })).toBe(true);
    expect(mayMoveQuote('accepted', 'cancelled', { hasInvoice: true })).toBe(false);
    expect(() =>
      assertQuoteMove({ quoteId: 'q', status: 'accepted' }, 'cancelled', { hasInvoice: true }),
    ).toThrow(expect.objectContaining({ code: 'quote_invoiced' }));
  });

  it('refuses any other move with a conflict naming the state', () => {
    const refusal = (() => {
      try {
        assertQuoteMove({ quoteId: 'q', status: 'cancelled' }, 'sent');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ConflictError);
    expect(refusal).toMatchObject({ code: 'quote_state', details: { status: 'cancelled' } });
  });

  it('lets only a draft be edited', () => {
    expect(quoteStatuses.filter(isEditable)).toEqual(['draft']);
  });
});
