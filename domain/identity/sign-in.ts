import { NotSignedInError } from '#domain/shared/errors';
import type { Clock } from '#domain/shared/ports';
import { attemptLimits, withAttemptLimits } from './attempt-limits';
import { hashNonce, newNonce, newSessionId, sessionLifetimeDays } from './session-nonce';
import type {
  AttemptCounter,
  IssuedAccess,
  SessionCookie,
  SessionStore,
  TokenProvider,
} from './session-ports';

export interface SignInPorts {
  tokens: TokenProvider;
  sessions: SessionStore;
  attempts: AttemptCounter;
  clock: Clock;
}

/**
 * Signs a person in and starts a session: an access token for the page, and the cookie of the session.
 * 1. Count the attempt against the username and the address (429 once either has had too many wrong ones).
 * 2. Check the password with the user pool: a wrong one stays counted.
 * 3. A right one clears the username's failures and starts a session with its first nonce.
 */
export const signIn = async (
  credentials: { username: string; password: string },
  clientAddress: string,
  ports: SignInPorts,
): Promise<IssuedAccess & { cookie: SessionCookie }> => {
  const username = credentials.username.trim().toLowerCase();
  const now = ports.clock.now();
  const signedIn = await withAttemptLimits(
    [
      { limit: attemptLimits.signInPerAddress, key: clientAddress, onSuccess: 'give-back' },
      { limit: attemptLimits.signInPerUsername, key: username, onSuccess: 'reset' },
    ],
    { attempts: ports.attempts, now },
    () => ports.tokens.signIn(username, credentials.password),
    (error) => error instanceof NotSignedInError,
  );
  // The one place where the outcome of a sign-in is known: a refusal has thrown above (`NotSignedInError`,
  // `TooManyAttemptsError`), and from here on `username` has signed in.
  const cookie = { sessionId: newSessionId(), nonce: newNonce() };
  await ports.sessions.create({
    sessionId: cookie.sessionId,
    accountId: signedIn.accountId,
    nonceHash: hashNonce(cookie.nonce),
    refreshToken: signedIn.refreshToken,
    startedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + sessionLifetimeDays * 86_400_000).toISOString(),
  });
  return { accessToken: signedIn.accessToken, expiresIn: signedIn.expiresIn, cookie };
};
