import { refreshSession } from '#domain/identity/refresh-session';
import { NotSignedInError } from '#domain/shared/errors';
import { httpHandler } from '#functions/lib/http-handler';
import { sessionPorts } from './adapters/identity-ports';
import { meOfAccount } from './adapters/read-signed-in';
import {
  clearedSessionCookie,
  clearedSignedInMarker,
  sessionCookie,
  sessionCookieOf,
  signedInMarker,
} from './session-cookie';

const ports = sessionPorts();

/**
 * Each refresh gives the cookie its next nonce; a refused one clears it (a lost race, 409, leaves it alone). The
 * answer also says who is signed in (`me`, as `GET /api/me`): a page reloaded signed in renders one round trip
 * sooner.
 */
export const handler = httpHandler(async (event) => {
  const cookie = sessionCookieOf(event);
  try {
    if (!cookie) throw new NotSignedInError('Not signed in');
    const receivedAt = new Date(event.requestContext.timeEpoch);
    const { cookie: next, accountId, ...access } = await refreshSession(cookie, receivedAt, ports);
    const me = await meOfAccount(accountId);
    return {
      status: 200,
      body: { ...access, ...(me && { me }) },
      cookies: [sessionCookie(next), signedInMarker()],
    };
  } catch (error) {
    if (error instanceof NotSignedInError) {
      return {
        status: 401,
        body: { error: { code: error.code, message: error.message } },
        cookies: [clearedSessionCookie(), clearedSignedInMarker()],
      };
    }
    throw error;
  }
});
