import { ConflictError, NotSignedInError } from '#domain/shared/errors';
import { type EndSessionsPorts, endedSince, endSessionsOf } from './end-sessions';
import { hashNonce, newNonce } from './session-nonce';
import type { IssuedAccess, SessionCookie } from './session-ports';

const lostRace = () =>
  new ConflictError(
    'session_refresh_conflict',
    'Another request refreshed this session at the same time: try again',
  );

const ended = () => new NotSignedInError('The session has ended: sign in again', 'session_ended');

/**
 * A new access token for the session of the cookie, and the cookie's next nonce: each refresh token generation
 * works once.
 * 1. Find the session. A cookie with the nonce a refresh replaced, in a request that arrived after that refresh,
 *    was used before: whoever holds it copied it, so every session of the person ends (theft detection), and
 *    the refresh is refused. One that arrived before it lost a race with it (two tabs at once): 409, try again
 *    with the cookie the winner received. Any other nonce ends everything too.
 * 2. Refuse a session that a sign-out elsewhere ended.
 * 3. Get a new access token from the user pool.
 * 4. Replace the nonce on condition it is still the one read: of two refreshes of the same cookie, one wins, the
 *    other is told to try again (409), and nothing ends.
 * The account is returned beside the token, so that the answer can say who is signed in (one round trip less).
 */
export const refreshSession = async (
  cookie: SessionCookie,
  receivedAt: Date,
  ports: EndSessionsPorts,
): Promise<IssuedAccess & { cookie: SessionCookie; accountId: string }> => {
  const session = await ports.sessions.find(cookie.sessionId);
  if (!session || Date.parse(session.expiresAt) <= ports.clock.now().getTime()) {
    throw new NotSignedInError('Not signed in: sign in again');
  }
  const presentedHash = hashNonce(cookie.nonce);
  if (presentedHash !== session.nonceHash) {
    const { previous } = session;
    if (previous?.nonceHash === presentedHash && receivedAt.getTime() < Date.parse(previous.rotatedAt)) {
      throw lostRace();
    }
    await endSessionsOf(session, ports);
    throw ended();
  }
  if (endedSince(session, await ports.sessions.sessionsEndedAt(session.accountId))) {
    await ports.sessions.remove(session.sessionId);
    throw ended();
  }
  let access: IssuedAccess;
  try {
    access = await ports.tokens.refresh(session.refreshToken);
  } catch (error) {
    if (error instanceof NotSignedInError) await ports.sessions.remove(session.sessionId);
    throw error;
  }
  const next = { sessionId: session.sessionId, nonce: newNonce() };
  const rotated = await ports.sessions.rotate(
    session.sessionId,
    presentedHash,
    hashNonce(next.nonce),
    ports.clock.now(),
  );
  if (!rotated) throw lostRace();
  return { ...access, cookie: next, accountId: session.accountId };
};
