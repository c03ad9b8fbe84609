import type { Quote } from '#domain/sales/sales';
import { readJson } from '../shell/http/exchange';
import type { GetJson, SendJson } from '../shell/http/json-calls';
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
  void [getJson, postJson, putJson, deleteJson, fetchSignedIn];
  return {
    // S1 clients, grids, quotes
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
    // S4 payments, journal
    ...paymentsApi(getJson, postJson, fetchSignedIn),
  };
};
