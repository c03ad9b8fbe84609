import { describe, expect, it } from 'vitest';
import { attemptLimits } from '#domain/identity/attempt-limits';
import {
  type PasswordResetPorts,
  requestPasswordReset,
  resetPassword,
} from '#domain/identity/reset-password';
import type { AttemptCounter } from '#domain/identity/session-ports';
import type { Person } from '#domain/people/person';
import { TooManyAttemptsError, ValidationError } from '#domain/shared/errors';

const person = (personId: string, extra: Partial<Person>): Person => ({
  personId,
  firstName: 'Inès',
  lastName: 'Martin',
  profiles: ['guardian'],
  version: 1,
  ...extra,
});

/** A directory of four people, a user pool whose code is 482913, and counters, all in memory. */
const world = () => {
  const people = [
    person('p-ines', {
      username: 'ines.martin',
      passwordSetAt: '2026-09-01T08:00:00Z',
      email: 'ines@example.fr',
    }),
    person('p-sans-mail', { username: 'sans.mail', passwordSetAt: '2026-09-01T08:00:00Z' }),
    person('p-pas-active', { username: 'pas.active', email: 'pas.active@example.fr' }),
  ];
  const sent: { username: string; email: string }[] = [];
  const passwords = new Map<string, string>();
  const counts = new Map<string, number>();
  const records: Parameters<PasswordResetPorts['records']['record']>[0][] = [];
  const endedSessions: { accountId: string; atSeconds: number }[] = [];
  const attempts: AttemptCounter = {
    take: async (limit, key) => {
      const count = counts.get(`${limit.kind}#${key}`) ?? 0;
      if (count >= limit.max) return { retryAfterSeconds: 600 };
      counts.set(`${limit.kind}#${key}`, count + 1);
      return { counted: { limit, key, windowEndsAt: 0 } };
    },
    giveBack: async ({ limit, key }) => {
      counts.set(`${limit.kind}#${key}`, (counts.get(`${limit.kind}#${key}`) ?? 1) - 1);
    },
    reset: async ({ limit, key }) => {
      counts.delete(`${limit.kind}#${key}`);
    },
  };
  const ports: PasswordResetPorts = {
    owners: { personIdOf: async (username) => people.find((p) => p.username === username)?.personId },
    directory: { person: async (personId) => people.find((p) => p.personId === personId) },
    recovery: {
      sendCode: async (username, email) => {
        sent.push({ username, email });
      },
      confirm: async (username, code, password) => {
        if (code !== '482913') throw new ValidationError('code', 'wrong', 'invalid_code');
        passwords.set(username, password);
      },
    },
    records: {
      record: async (reset) => {
        records.push(reset);
        return true;
      },
    },
    attempts,
    clock: { now: () => new Date('2026-09-07T08:00:00Z') },
    newId: () => 'change-1',
    accounts: { accountIdOf: async (username) => `sub-${username}` },
    sessions: {
      endSessionsOf: async (accountId, atSeconds) => {
        endedSessions.push({ accountId, atSeconds });
      },
    },
    waitUntil: async () => undefined,
  };
  return { ports, sent, passwords, counts, records, endedSessions };
};

describe('asking for a password reset code', () => {
  it('mails the code only to an activated account with an e-mail, and answers the same for everyone', async () => {
    const w = world();
    for (const username of [' Ines.Martin ', 'sans.mail', 'pas.active', 'personne']) {
      await expect(requestPasswordReset(username, '203.0.113.7', w.ports)).resolves.toBeUndefined();
    }
    expect(w.sent).toEqual([{ username: 'ines.martin', email: 'ines@example.fr' }]);
  });

  it('keeps every request counted: a few per username, known or not, then 429', async () => {
    const w = world();
    const max = attemptLimits.resetRequestPerUsername.max;
    for (let index = 0; index < max; index += 1)
      await requestPasswordReset('personne', '203.0.113.7', w.ports);
    await expect(requestPasswordReset('personne', '203.0.113.7', w.ports)).rejects.toBeInstanceOf(
      TooManyAttemptsError,
    );
    await expect(requestPasswordReset('ines.martin', '203.0.113.7', w.ports)).resolves.toBeUndefined();
  });
});

describe('setting the new password with the code', () => {
  it('checks the password rules before the code, and costs no attempt for them', async () => {
    const w = world();
    const refused = resetPassword(
      { username: 'ines.martin', code: '000000', password: 'court' },
      '::1',
      w.ports,
    );
    await expect(refused).rejects.toMatchObject({ field: 'password', code: 'weak_password' });
    expect([...w.counts.values()].every((count) => count === 0)).toBe(true);
  });

  it('counts wrong codes as guesses, and a right one sets the password', async () => {
    const w = world();
    const password = 'Nouveau-Preau-2026!';
    await expect(
      resetPassword({ username: 'ines.martin', code: '000000', password }, '::1', w.ports),
    ).rejects.toMatchObject({ code: 'invalid_code' });
    expect(w.counts.get(`${attemptLimits.resetPerUsername.kind}#ines.martin`)).toBe(1);
    await expect(
      resetPassword({ username: 'Ines.Martin', code: ' 482913 ', password }, '::1', w.ports),
    ).resolves.toEqual({ username: 'ines.martin' });
    expect(w.passwords.get('ines.martin')).toBe(password);
    expect(w.records).toEqual([
      {
        person: expect.objectContaining({
          personId: 'p-ines',
          passwordSetAt: '2026-09-07T08:00:00.000Z',
          version: 2,
        }),
        expectedVersion: 1,
        change: expect.objectContaining({
          personId: 'p-ines',
          what: 'password-reset',
          fields: [{ field: 'password' }],
        }),
      },
    ]);
    expect(w.counts.has(`${attemptLimits.resetPerUsername.kind}#ines.martin`)).toBe(false);
  });

  it('ends every session the account had, from the next second, and none on a refused code', async () => {
    const w = world();
    const password = 'Nouveau-Preau-2026!';
    await expect(
      resetPassword({ username: 'ines.martin', code: '000000', password }, '::1', w.ports),
    ).rejects.toMatchObject({ code: 'invalid_code' });
    expect(w.endedSessions).toEqual([]);
    await resetPassword({ username: 'ines.martin', code: '482913', password }, '::1', w.ports);
    // 2026-09-07T08:00:00Z is 1788768000 s: tokens issued in that second or before are refused.
    expect(w.endedSessions).toEqual([{ accountId: 'sub-ines.martin', atSeconds: 1788768001 }]);
  });
});
