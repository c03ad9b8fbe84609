import type {
  Client,
  ClientInput,
  GridInput,
  Quote,
  QuoteInput,
  QuoteStatus,
  RateGrid,
} from '#domain/sales/sales';
import type { GridSummary, Page } from '#domain/sales/sales-ports';
import { readJson } from '../shell/http/exchange';
import type { GetJson, SendJson } from '../shell/http/json-calls';
import { queryOf, segment } from '../shell/http/url-parts';

/** What the builder sends: the input of a quote, before the API fills its defaults. */
export type QuoteDraft = Omit<QuoteInput, 'extras'> & { extras?: QuoteInput['extras'] };

export interface QuotePreview {
  gridId: string;
  gridName: string;
  slots: Quote['slots'];
  lines: Quote['lines'];
  totals: Quote['totals'];
}

import { invoicesApi } from './invoices-api';
import { paymentsApi } from './payments-api';

/** A quote just sent: the client's link (its token is never shown again) and when it ends. */
export interface SentQuote {
  quote: Quote;
  link: { token: string; path: string; expiresAt: string };
}

/**
 * The calls of the sales module, each part in its section. `fetchSignedIn` downloads documents (PDF, XML, CSV).
 */
export const salesApi = (
  getJson: GetJson,
  postJson: SendJson,
  putJson: SendJson,
  deleteJson: <T>(path: string) => Promise<T>,
  fetchSignedIn?: (path: string, init?: RequestInit) => Promise<Response>,
) => {
  void [deleteJson, fetchSignedIn];
  return {
    // S1 clients, grids, quotes
    salesClients: (query: { name?: string; after?: string }, signal?: AbortSignal) =>
      getJson<Page<Client>>(`/api/sales/clients?${queryOf({ ...query, limit: 50 })}`, signal),
    salesClient: (clientId: string, signal?: AbortSignal) =>
      getJson<Client>(`/api/sales/clients/${segment(clientId)}`, signal),
    createSalesClient: (input: Omit<ClientInput, 'version'>) => postJson<Client>('/api/sales/clients', input),
    updateSalesClient: (clientId: string, input: ClientInput) =>
      putJson<Client>(`/api/sales/clients/${segment(clientId)}`, input),
    salesGrids: async (signal?: AbortSignal) =>
      (await getJson<{ items: GridSummary[] }>('/api/sales/grids', signal)).items,
    salesGrid: (gridId: string, signal?: AbortSignal) =>
      getJson<RateGrid>(`/api/sales/grids/${segment(gridId)}`, signal),
    createSalesGrid: (input: GridInput) => postJson<RateGrid>('/api/sales/grids', input),
    updateSalesGrid: (gridId: string, input: GridInput) =>
      putJson<RateGrid>(`/api/sales/grids/${segment(gridId)}`, input),
    previewQuote: (input: QuoteDraft) => postJson<QuotePreview>('/api/sales/quotes/preview', input),
    createQuote: (input: QuoteDraft) => postJson<Quote>('/api/sales/quotes', input),
    updateQuote: (quoteId: string, input: QuoteDraft) =>
      putJson<Quote>(`/api/sales/quotes/${segment(quoteId)}`, input),
    salesQuote: (quoteId: string, signal?: AbortSignal) =>
      getJson<Quote>(`/api/sales/quotes/${segment(quoteId)}`, signal),
    salesQuotes: (status: QuoteStatus, after?: string, signal?: AbortSignal) =>
      getJson<Page<Quote>>(`/api/sales/quotes?${queryOf({ status, after, limit: 50 })}`, signal),
    // S2 holds, client's link, documents
    /** Sends a draft quote; with `hold`, its slots are held as options. The link's token is shown this once. */
    sendQuote: (quoteId: string, body: { hold: boolean; holdUntil?: string }) =>
      postJson<SentQuote>(`/api/sales/quotes/${encodeURIComponent(quoteId)}/send`, body),
    /** Cancels a quote at the version the sheet shows: its link revoked, its held slots freed. */
    cancelQuote: async (quoteId: string, version: number) => {
      if (!fetchSignedIn) throw new Error('cancelQuote needs a signed-in fetch');
      return readJson<{ quote: Quote }>(
        await fetchSignedIn(`/api/sales/quotes/${encodeURIComponent(quoteId)}/cancel`, {
          method: 'POST',
          headers: { accept: 'application/json', 'if-match': `"${version}"` },
        }),
      );
    },
    /** The quote's PDF, or its agreement's: the call carries the access token, a plain link could not. */
    quoteDocument: async (quoteId: string, which: 'quote' | 'agreement'): Promise<Blob> => {
      if (!fetchSignedIn) throw new Error('quoteDocument needs a signed-in fetch');
      const path = `/api/sales/quotes/${encodeURIComponent(quoteId)}${which === 'quote' ? '' : '/agreement'}/pdf`;
      const response = await fetchSignedIn(path);
      if (!response.ok) await readJson(response);
      return response.blob();
    },
    // S3 invoices
    ...invoicesApi(getJson, postJson, putJson, fetchSignedIn),
    // S4 payments, journal
    ...paymentsApi(getJson, postJson, fetchSignedIn),
  };
};
