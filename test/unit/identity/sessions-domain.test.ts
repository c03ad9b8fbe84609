import { describe, expect, it } from 'vitest';
import { attemptLimits, withAttemptLimits } from '#domain/identity/attempt-limits';
import { type EndSessionsPorts, tokenEnded } from '#domain/identity/end-sessions';
import { refreshSession } from '#domain/identity/refresh-session';
import type {
  AttemptCounter,
  CountedAttempt,
  SessionStore,
  StoredSession,
} from '#domain/identity/session-ports';
import { signIn } from '#domain/identity/sign-in';
import { signOut } from '#domain/identity/sign-out';
import { ConflictError, NotSignedInError, TooManyAttemptsError } from '#domain/shared/errors';

/** Sessions, counters and a user pool in memory, and a clock the test moves. */
const world = () => {
  let now = Date.parse('2026-09-07T07:55:00.000Z');
  const sessions = new Map<string, StoredSession>();
  const endedAt = new Map<string, number>();
  const counts = new Map<string, number>();
  const revoked: string[] = [];
  const store: SessionStore = {
    create: async (session) => {
      sessions.set(session.sessionId, session);
    },
    find: async (sessionId) => sessions.get(sessionId),
    rotate: async (sessionId, currentHash, nextHash, at) => {
      const session = sessions.get(sessionId);
      if (session?.nonceHash !== currentHash) return false;
      sessions.set(sessionId, {
        ...session,
        nonceHash: nextHash,
        previous: { nonceHash: currentHash, rotatedAt: at.toISOString() },
      });
      return true;
    },
    remove: async (sessionId) => {
      sessions.delete(sessionId);
    },
    sessionsEndedAt: async (accountId) => endedAt.get(accountId),
    endSessionsOf: async (accountId, at) => {
      endedAt.set(accountId, Math.max(at, endedAt.get(accountId) ?? 0));
    },
  };
  const keyOf = ({ limit, key }: { limit: { kind: string }; key: string }) => `${limit.kind}#${key}`;
  const attempts: AttemptCounter = {
    take: async (limit, key) => {
      const count = counts.get(keyOf({ limit, key })) ?? 0;
      if (count >= limit.max) return { retryAfterSeconds: 600 };
      counts.set(keyOf({ limit, key }), count + 1);
      return { counted: { limit, key, windowEndsAt: 0 } };
    },
    giveBack: async (attempt: CountedAttempt) => {
      counts.set(keyOf(attempt), (counts.get(keyOf(attempt)) ?? 1) - 1);
    },
    reset: async (attempt: CountedAttempt) => {
      counts.delete(keyOf(attempt));
    },
  };
  const ports: EndSessionsPorts & { attempts: AttemptCounter } = {
    sessions: store,
    attempts,
    clock: { now: () => new Date(now) },
    waitUntil: async (at) => {
      now = Math.max(now, at);
    },
    tokens: {
      signIn: async (username, password) => {
        if (password !== 'Le-bon-mot-2026!') throw new NotSignedInError('wrong', 'sign_in_failed');
        return {
          accessToken: `token-${now}`,
          expiresIn: 3600,
          accountId: `sub-${username}`,
          refreshToken: 'r',
        };
      },
      refresh: async () => ({ accessToken: `token-${now}`, expiresIn: 3600 }),
      revoke: async (token) => {
        revoked.push(token);
      },
    },
  };
  return {
    ports,
    sessions,
    endedAt,
    counts,
    revoked,
    advance: (milliseconds: number) => {
      now += milliseconds;
    },
    at: () => new Date(now),
  };
};

const signInAs = (w: ReturnType<typeof world>, username: string, password = 'Le-bon-mot-2026!') =>
  signIn({ username, password }, '192.0.2.1', w.ports);

describe('sessions', () => {
  it('tells a lost race (the request arrived before the refresh that beat it) from a copied cookie', async () => {
    const w = world();
    const { cookie } = await signInAs(w, 'ines.martin');
    const sentWithBoth = w.at();
    w.advance(50);
    const winner = await refreshSession(cookie, sentWithBoth, w.ports);

    await expect(refreshSession(cookie, sentWithBoth, w.ports)).rejects.toBeInstanceOf(ConflictError);
    expect(w.sessions.size).toBe(1);

    w.advance(1000);
    await expect(refreshSession(cookie, w.at(), w.ports)).rejects.toMatchObject({ code: 'session_ended' });
    expect(w.sessions.size).toBe(0);
    expect(w.revoked).toEqual(['r']);
    await expect(refreshSession(winner.cookie, w.at(), w.ports)).rejects.toBeInstanceOf(NotSignedInError);
  });

  it('signs out even with an old copy of the cookie, and refuses the tokens issued before', async () => {
    const w = world();
    const first = await signInAs(w, 'ines.martin');
    await refreshSession(first.cookie, w.at(), w.ports);
    const issuedAt = Math.floor(w.at().getTime() / 1000);

    await signOut(first.cookie, w.ports);

    const endedAt = w.endedAt.get('sub-ines.martin');
    expect(tokenEnded(issuedAt, endedAt)).toBe(true);
    expect(w.at().getTime()).toBeGreaterThanOrEqual((endedAt as number) * 1000);
    expect(tokenEnded(Math.floor(w.at().getTime() / 1000), endedAt)).toBe(false);
    expect(tokenEnded(Number.NaN, endedAt)).toBe(true);
    expect(tokenEnded(issuedAt, undefined)).toBe(false);
  });
});

describe('limits on attempts', () => {
  it('locks a username after its wrong passwords, the right one included, and clears it on success', async () => {
    const w = world();
    const { max } = attemptLimits.signInPerUsername;
    for (let attempt = 1; attempt < max; attempt++) {
      await expect(signInAs(w, 'Ines.Martin ', 'faux')).rejects.toBeInstanceOf(NotSignedInError);
    }
    await signInAs(w, 'ines.martin');
    expect(w.counts.has('sign-in-username#ines.martin')).toBe(false);
    expect(w.counts.get('sign-in-address#192.0.2.1')).toBe(max - 1);

    for (let attempt = 0; attempt < max; attempt++) {
      await expect(signInAs(w, 'ines.martin', 'faux')).rejects.toBeInstanceOf(NotSignedInError);
    }
    await expect(signInAs(w, 'ines.martin')).rejects.toBeInstanceOf(TooManyAttemptsError);
  });

  it('gives back what was counted when the attempt fails on our side, or a later limit refuses it', async () => {
    const w = world();
    const keys = [
      { limit: attemptLimits.activationPerAddress, key: '192.0.2.1', onSuccess: 'give-back' as const },
      { limit: { kind: 'tiny', max: 0, windowSeconds: 60 }, key: 'k', onSuccess: 'give-back' as const },
    ];
    const now = w.at();
    await expect(
      withAttemptLimits(
        keys,
        { attempts: w.ports.attempts, now },
        async () => 'never',
        () => true,
      ),
    ).rejects.toBeInstanceOf(TooManyAttemptsError);
    expect(w.counts.get('activation-address#192.0.2.1')).toBe(0);

    await expect(
      withAttemptLimits(
        keys.slice(0, 1),
        { attempts: w.ports.attempts, now },
        async () => {
          throw new Error('the pool is down');
        },
        (error) => error instanceof NotSignedInError,
      ),
    ).rejects.toThrow('the pool is down');
    expect(w.counts.get('activation-address#192.0.2.1')).toBe(0);
  });
});
