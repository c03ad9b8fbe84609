import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { sessionLifetimeDays } from '#domain/identity/session-nonce';
import type { SessionCookie } from '#domain/identity/session-ports';

/**
 * The session lives in a cookie the page's scripts cannot read (HttpOnly), sent only to the session routes: the
 * session's id and the nonce of its current generation, which each refresh replaces. The user pool's refresh
 * token stays on the server. The short-lived access token stays in the page's memory.
 */
const name = 'preau_session';
const attributes = 'Path=/api/session; HttpOnly; Secure; SameSite=Strict';

export const sessionCookie = ({ sessionId, nonce }: SessionCookie) =>
  `${name}=${sessionId}.${nonce}; ${attributes}; Max-Age=${sessionLifetimeDays * 86_400}`;

export const clearedSessionCookie = () => `${name}=; ${attributes}; Max-Age=0`;

/**
 * A cookie the page may read that says a session cookie was set, and holds nothing else: the portal tries to renew
 * a session on load only when it is there, so that a sign-in page does not send a refresh bound to fail (401). It
 * lives and dies with the session cookie; the session itself stays HttpOnly, out of the page's reach.
 */
const markerName = 'preau_signed_in';
const markerAttributes = 'Path=/; Secure; SameSite=Strict';

export const signedInMarker = () =>
  `${markerName}=1; ${markerAttributes}; Max-Age=${sessionLifetimeDays * 86_400}`;

export const clearedSignedInMarker = () => `${markerName}=; ${markerAttributes}; Max-Age=0`;

const cookieValue = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

/** The session the cookie names; undefined without one, or with a cookie of another shape (an older portal's). */
export const sessionCookieOf = (event: APIGatewayProxyEventV2): SessionCookie | undefined => {
  const value = (event.cookies ?? [])
    .map((cookie) => cookie.split('='))
    .find(([cookieName]) => cookieName?.trim() === name)
    ?.slice(1)
    .join('=');
  const [, sessionId, nonce] = cookieValue.exec(value?.trim() ?? '') ?? [];
  return sessionId && nonce ? { sessionId, nonce } : undefined;
};
