import type { PublicOffer } from '#domain/sales/public-offer';
import { acceptJson, type FetchFromServer, readJson, send, sendJson } from '../shell/http/exchange';

/**
 * The client's calls through their link: public, with no session (the token in the address is the right), so they
 * go straight to the server rather than through the signed-in session.
 */
/** The API's address of a client's link; its documents are under it (`…/pdf`, `…/agreement/pdf`). */
export const offerPath = (token: string) => `/api/sales/offers/${encodeURIComponent(token)}`;

export const offerApi = (fetchFromServer: FetchFromServer = (path, init) => fetch(path, init)) => {
  const path = offerPath;
  const answer = async (
    token: string,
    decision: 'accept' | 'refuse',
    body: { name: string; reason?: string },
  ) =>
    readJson<{ number: string; status: string }>(
      await send(fetchFromServer, `${path(token)}/${decision}`, {
        method: 'POST',
        headers: sendJson,
        body: JSON.stringify(body),
      }),
    );
  return {
    offer: async (token: string, signal?: AbortSignal) =>
      readJson<PublicOffer>(await send(fetchFromServer, path(token), { headers: acceptJson, signal })),
    accept: (token: string, name: string) => answer(token, 'accept', { name }),
    refuse: (token: string, name: string, reason?: string) =>
      answer(token, 'refuse', { name, ...(reason && { reason }) }),
  };
};

export type OfferApi = ReturnType<typeof offerApi>;

/** An amount in cents in the reader's language: 1 234,50 € in French. */
export const eurosIn = (localeTag: string) => {
  const money = new Intl.NumberFormat(localeTag, { style: 'currency', currency: 'EUR' });
  return (cents: number) => money.format(cents / 100);
};
