/** The tokens the user pool gives for a sign-in or a refresh. */
export interface IssuedAccess {
  accessToken: string;
  /** Seconds. */
  expiresIn: number;
}

/** The school's user pool as sessions use it (Cognito's web client in AWS, cognito-local on a machine). */
export interface TokenProvider {
  /** Checks the password; throws `NotSignedInError` (`sign_in_failed`) when it or the username is wrong. */
  signIn(
    username: string,
    password: string,
  ): Promise<IssuedAccess & { accountId: string; refreshToken: string }>;
  /** Throws `NotSignedInError` when the pool no longer honours the refresh token. */
  refresh(refreshToken: string): Promise<IssuedAccess>;
  revoke(refreshToken: string): Promise<void>;
}

/**
 * One sign-in, kept in the school's table. The pool's refresh token never leaves the server: the browser's cookie
 * holds the session id and a nonce, of which the table keeps the hash of the current one only.
 */
export interface StoredSession {
  sessionId: string;
  accountId: string;
  nonceHash: string;
  /** The nonce the last refresh replaced, and when: a request that arrived before then lost a race, not a theft. */
  previous?: { nonceHash: string; rotatedAt: string };
  refreshToken: string;
  /** ISO instant of the sign-in. */
  startedAt: string;
  /** ISO instant after which the session is gone (the refresh token's lifetime). */
  expiresAt: string;
}

export interface SessionStore {
  /** Stores a new session (its id never existed). */
  create(session: StoredSession): Promise<void>;
  find(sessionId: string): Promise<StoredSession | undefined>;
  /**
   * Replaces the session's nonce, on condition that it is still `currentHash`: false when another refresh of
   * the same cookie replaced it first (or the session ended meanwhile).
   */
  rotate(sessionId: string, currentHash: string, nextHash: string, at: Date): Promise<boolean>;
  remove(sessionId: string): Promise<void>;
  /** When the account's sessions were last all ended, in seconds since the epoch. */
  sessionsEndedAt(accountId: string): Promise<number | undefined>;
  /** Every token of the account issued before `atSeconds` is refused from now on (kept on its account item). */
  endSessionsOf(accountId: string, atSeconds: number): Promise<void>;
}

/** What the browser's cookie names: which session, and the nonce of its current generation. */
export interface SessionCookie {
  sessionId: string;
  nonce: string;
}

/**
 * One limit on attempts: at most `max` counted for one key of a kind in a window of `windowSeconds` that opens at
 * the key's first counted attempt (so a lock lasts at most `windowSeconds` after the first failure).
 */
export interface AttemptLimit {
  /** Names the counter: `sign-in-username`, `sign-in-address`, `activation-code`, `activation-address`. */
  kind: string;
  max: number;
  windowSeconds: number;
}

/** A counted attempt, to give back or reset once its outcome is known. */
export interface CountedAttempt {
  limit: AttemptLimit;
  key: string;
  /** When the window it was counted in closes, in seconds since the epoch: it names that window. */
  windowEndsAt: number;
}

/** Counters held by the database: `take` is one conditional write, so concurrent attempts never exceed `max`. */
export interface AttemptCounter {
  take(
    limit: AttemptLimit,
    key: string,
    now: Date,
  ): Promise<{ counted: CountedAttempt } | { retryAfterSeconds: number }>;
  /** Uncounts one attempt (it was not a guess: a success, or a failure on our side). */
  giveBack(attempt: CountedAttempt): Promise<void>;
  /** Forgets every attempt of the key in that window (a successful sign-in clears the username's failures). */
  reset(attempt: CountedAttempt): Promise<void>;
}
