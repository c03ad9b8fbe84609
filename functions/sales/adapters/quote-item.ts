import type { Quote } from '#domain/sales/sales';
import { salesKeys } from '#infra/definitions/school-table';

/**
 * A quote as the table holds it: under its key, in the index of its state (newest first), with its version beside
 * it for the versioned-put condition. Every write of a quote (S1's saves, S2's moves) goes through this one shape.
 */
export const toQuoteItem = (quote: Quote) => ({
  ...salesKeys.quote(quote.quoteId),
  ...salesKeys.quoteIndexAttributes(quote.status, quote.issueDate, quote.number),
  entity: 'sales-quote',
  version: quote.version,
  quote,
});

export const fromQuoteItem = (item: Record<string, unknown>) => item.quote as Quote;
