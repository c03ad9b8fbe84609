import type { Me } from '#domain/people/read-me';
import { acceptJson, type FetchFromServer, readJson, received, send, sendJson } from '../http/exchange';

interface IssuedToken {
  accessToken: string;
  /** Seconds. Unused: the first 401 after expiry is what renews the token. */
  expiresIn: number;
  /** Who is signed in, as `GET /api/me` answers it: a refresh says it, so a reloaded page skips that request. */
  me?: Me;
}

export type Session = ReturnType<typeof createSession>;

/** The API's marker cookie, set with a session cookie: the session cookie itself is HttpOnly, the page cannot see it. */
export const sessionMarker = /(?:^|;\s*)preau_signed_in=1(?:;|$)/;

/** Whether the API set its marker cookie. Outside a browser, a session may always be there. */
const sessionMarkerIsSet = () => typeof document === 'undefined' || sessionMarker.test(document.cookie);

/**
 * The global where index.html leaves the session's renewal it sent as it was read, before any module script
 * (`refreshSessionScript` in infra/build/build-web.ts): the entry script takes it, once.
 */
export const refreshStartedByPage = 'preauSessionRefresh';

/** The renewal index.html sent, taken from the page's global once: undefined when it sent none, or was taken. */
export const takeRefreshStartedByPage = (): Promise<Response> | undefined => {
  if (typeof window === 'undefined') return undefined;
  const holder = window as unknown as Record<string, Promise<Response> | undefined>;
  const started = holder[refreshStartedByPage];
  delete holder[refreshStartedByPage];
  return started;
};

/**
 * The signed-in session of this tab. The access token lives in this closure only, never in storage, where any
 * script of the page could read it; the refresh token is an HttpOnly cookie the page never sees, scoped to
 * /api/session. So a reload starts without a token, and `refresh()` gets one back from the cookie.
 */
export const createSession = (
  fetchFromServer: FetchFromServer,
  mayHoldSession: () => boolean = sessionMarkerIsSet,
) => {
  let accessToken: string | undefined;
  let refreshing: Promise<boolean> | undefined;
  /** The session's renewal started before the first render, until `resume` takes it. */
  let early: Promise<boolean> | undefined;
  /** Who the last refresh said was signed in, until `takeMe` reads it. */
  let refreshedMe: Me | undefined;
  const signedOutListeners = new Set<() => void>();

  const keep = (token: string | undefined) => {
    const lost = accessToken !== undefined && token === undefined;
    accessToken = token;
    if (lost) for (const listener of signedOutListeners) listener();
  };

  const withToken = (init: RequestInit, token: string | undefined): RequestInit =>
    token
      ? {
          ...init,
          headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
        }
      : init;

  const renew = async (sentAlready?: Promise<Response>): Promise<boolean> => {
    const post = () =>
      send(fetchFromServer, '/api/session/refresh', {
        method: 'POST',
        credentials: 'same-origin',
        headers: acceptJson,
      });
    const first = sentAlready ? await received(() => sentAlready) : await post();
    // Another tab refreshed the same session at the same instant: the cookie it received is ours too.
    const response = first.status === 409 ? await post() : first;
    if (response.status === 401) {
      keep(undefined);
      return false;
    }
    const { accessToken: token, me } = await readJson<IssuedToken>(response);
    refreshedMe = me;
    keep(token);
    return true;
  };

  /** A new access token from the cookie; false when there is no valid session. Concurrent calls share one request. */
  const refresh = (sentAlready?: Promise<Response>): Promise<boolean> => {
    refreshing ??= renew(sentAlready).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };

  return {
    isSignedIn: () => accessToken !== undefined,
    refresh: () => refresh(),

    /**
     * On load: the session of the cookie renewed, when the API's marker says one was set; false at once without
     * it, so that a sign-in page sends no refresh bound to be refused.
     */
    resume: (): Promise<boolean> => {
      const started = early;
      early = undefined;
      return started ?? (mayHoldSession() ? refresh() : Promise.resolve(false));
    },

    /**
     * Starts `resume` at once, while the page's first render is still to come: the entry script calls it, so the
     * refresh leaves with the scripts' evaluation instead of after it. The next `resume` takes its answer. Given
     * the renewal index.html sent already (`takeRefreshStartedByPage`), it reads that answer instead: index.html
     * sends it only with the marker cookie, before the scripts even arrive.
     */
    resumeEarly: (sentAlready?: Promise<Response>): void => {
      early ??= sentAlready ? refresh(sentAlready) : mayHoldSession() ? refresh() : Promise.resolve(false);
      // Its failure is the next `resume`'s to report.
      early.catch(() => undefined);
    },

    /**
     * Whether someone is signed in once the early renewal has answered (false if it failed), without taking its
     * answer, which stays `resume`'s: what a page may ask for before its first render waits on it.
     */
    whenResumed: (): Promise<boolean> =>
      early ? early.catch(() => false) : Promise.resolve(accessToken !== undefined),

    /** Who the last refresh said was signed in, once: undefined when it did not say, or was read already. */
    takeMe: (): Me | undefined => {
      const me = refreshedMe;
      refreshedMe = undefined;
      return me;
    },

    signIn: async (username: string, password: string): Promise<void> => {
      const response = await send(fetchFromServer, '/api/session', {
        method: 'POST',
        credentials: 'same-origin',
        headers: sendJson,
        body: JSON.stringify({ username, password }),
      });
      keep((await readJson<IssuedToken>(response)).accessToken);
    },

    /** Forgets the token at once, so the page is signed out even when the server cannot be told. */
    signOut: async (): Promise<void> => {
      const token = accessToken;
      keep(undefined);
      const response = await send(
        fetchFromServer,
        '/api/session',
        withToken({ method: 'DELETE', credentials: 'same-origin' }, token),
      );
      await readJson(response);
    },

    /**
     * A request with the access token. On 401 (a function's, or API Gateway's own without a code: a token expired or
     * missing) the token is renewed once and the request sent again; when the session cannot be renewed, or the
     * renewed token is refused too, the 401 is returned and the listeners of `onSignedOut` are told: the person
     * signs in again.
     */
    fetchSignedIn: async (path: string, init: RequestInit = {}): Promise<Response> => {
      const sentWith = accessToken;
      const response = await send(fetchFromServer, path, withToken(init, sentWith));
      if (response.status !== 401) return response;
      // A request sent with the same old token may have renewed it meanwhile.
      const renewed = (accessToken !== undefined && accessToken !== sentWith) || (await refresh());
      if (!renewed) return response;
      const again = await send(fetchFromServer, path, withToken(init, accessToken));
      // Refused with a token just renewed: no second renewal, the session is over.
      if (again.status === 401) keep(undefined);
      return again;
    },

    /** Calls back when a token the page held is gone: signed out, or its session expired. Returns the unsubscriber. */
    onSignedOut: (listener: () => void) => {
      signedOutListeners.add(listener);
      return () => {
        signedOutListeners.delete(listener);
      };
    },
  };
};
