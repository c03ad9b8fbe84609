import type { Clock } from '#domain/shared/ports';
import type { SessionStore, StoredSession, TokenProvider } from './session-ports';

export interface EndSessionsPorts {
  sessions: SessionStore;
  tokens: TokenProvider;
  clock: Clock;
  /** Resolves once the clock has reached the instant (milliseconds since the epoch). */
  waitUntil(epochMilliseconds: number): Promise<void>;
}

/**
 * Ends every session of the session's person: their access tokens are refused by every signed-in route (the
 * account item, read with the actor, says since when), their refresh cookies by the refresh route.
 * Tokens say when they were issued to the second: the end is set at the next whole second, and the answer waits
 * for it, so that a token issued before is refused and a sign-in that follows the answer is not.
 * 1. Mark the account's sessions ended. 2. Forget this session, and revoke its refresh token in the user pool.
 * 3. Wait for the second to pass.
 */
export const endSessionsOf = async (session: StoredSession, ports: EndSessionsPorts) => {
  const endedAt = nextSecond(ports.clock);
  await ports.sessions.endSessionsOf(session.accountId, endedAt);
  await ports.sessions.remove(session.sessionId);
  await ports.tokens.revoke(session.refreshToken);
  await ports.waitUntil(endedAt * 1000);
};

const nextSecond = (clock: Clock) => Math.floor(clock.now().getTime() / 1000) + 1;

/** What ending every session of an account takes when no session of it is at hand (a new password). */
export type EndAccountSessionsPorts = Pick<EndSessionsPorts, 'clock' | 'waitUntil'> & {
  sessions: Pick<SessionStore, 'endSessionsOf'>;
};

/**
 * Ends every session of an account whose password was just replaced (a mailed code, a new activation code): whoever
 * held a session, on a lost phone or a school computer, is out; the person signs in again with the new password.
 * Their refresh tokens stay in the pool until they expire, refused by the refresh route as after a sign-out.
 */
export const endEverySessionOf = async (accountId: string, ports: EndAccountSessionsPorts) => {
  const endedAt = nextSecond(ports.clock);
  await ports.sessions.endSessionsOf(accountId, endedAt);
  await ports.waitUntil(endedAt * 1000);
};

/** Whether the person's sessions were all ended after this session began. */
export const endedSince = (session: StoredSession, endedAtSeconds: number | undefined) =>
  endedAtSeconds !== undefined && Date.parse(session.startedAt) < endedAtSeconds * 1000;

/**
 * Whether an access token issued at `issuedAtSeconds` (its `iat`) belongs to sessions since ended. Kept next to
 * `endSessionsOf` so that both sides read the instant the same way; a token without `iat` (NaN) is refused too.
 */
export const tokenEnded = (issuedAtSeconds: number, endedAtSeconds: number | undefined) =>
  endedAtSeconds !== undefined && !(issuedAtSeconds >= endedAtSeconds);
