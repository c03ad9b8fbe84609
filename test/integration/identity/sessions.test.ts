import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptLimits } from '#domain/identity/attempt-limits';
import { routes } from '#infra/definitions/routes/index';
import { demoPassword } from '#infra/local/seed/people/demo-people';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The answer's JSON; undefined when it has none (tests read it with `?.`). */
  body: { accessToken: string; error: { code: string; field: string; retryAfterSeconds: number } };
}

/**
 * Sessions that end and sign-in that resists guessing, through the school's origin as the portal uses it: the
 * session cookie goes back as the browser would send it, and requests can come from another local address
 * (127.0.0.x), as another school's router would.
 */
describe('sessions and sign-in limits', () => {
  let school: SchoolUnderTest;

  /** A request to the school's origin from `from`, with the cookie and token given. */
  const send = (
    method: string,
    path: string,
    {
      body,
      cookie,
      token,
      from = '127.0.0.1',
      headers = {},
    }: { body?: unknown; cookie?: string; token?: string; from?: string; headers?: Record<string, string> },
  ) =>
    new Promise<Answer>((resolve, reject) => {
      const url = new URL(path, school.url);
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const outgoing = httpRequest(
        {
          host: '127.0.0.1',
          port: url.port,
          path: url.pathname,
          method,
          localAddress: from,
          agent: false,
          headers: {
            ...(payload && { 'content-type': 'application/json' }),
            ...(cookie && { cookie }),
            ...(token && { authorization: `Bearer ${token}` }),
            ...headers,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: text ? JSON.parse(text) : undefined,
            });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });

  /** The session cookie an answer sets, as the browser sends it back (`preau_session=…`). */
  const cookieSet = (answer: Answer) =>
    ([answer.headers['set-cookie']].flat().find((line) => line?.startsWith('preau_session=')) ?? '').split(
      ';',
    )[0];

  const signIn = async (username: string, from?: string) => {
    const answer = await send('POST', '/api/session', { body: { username, password: demoPassword }, from });
    expect(answer.status).toBe(200);
    return { token: answer.body?.accessToken as string, cookie: cookieSet(answer) as string };
  };
  const refresh = (cookie: string) => send('POST', '/api/session/refresh', { cookie });
  const me = (token: string) => send('GET', '/api/me', { token });
  const wrongSignIn = (username: string, from?: string) =>
    send('POST', '/api/session', { body: { username, password: 'Pas-le-bon-2026!' }, from });
  const statuses = (answers: Answer[]) =>
    answers.reduce<Record<number, number>>((count, { status }) => {
      count[status] = (count[status] ?? 0) + 1;
      return count;
    }, {});

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' });
  });

  afterAll(async () => school?.stop());

  describe('signing out', () => {
    it('makes the access token worthless on every signed-in route at once', async () => {
      const { token, cookie } = await signIn('parent.demo');
      expect((await me(token)).status).toBe(200);

      const signedOut = await send('DELETE', '/api/session', { cookie, token });
      expect(signedOut.status).toBe(204);
      expect(String(signedOut.headers['set-cookie'])).toMatch(/preau_session=;.*Max-Age=0/);
      // The marker that tells the portal a session may be resumed goes with it.
      expect(String(signedOut.headers['set-cookie'])).toMatch(/preau_signed_in=;.*Max-Age=0/);

      const after = await me(token);
      expect(after.status).toBe(401);
      expect(after?.body?.error.code).toBe('session_ended');
      const signedInRoutes = routes.filter(({ access }) => access === 'signed-in');
      const answers = await Promise.all(
        signedInRoutes.map(({ method, path }) =>
          send(method, path.replaceAll(/\{\w+\}/g, 'x'), {
            token,
            body: ['GET', 'DELETE'].includes(method) ? undefined : {},
          }),
        ),
      );
      const notRefused = signedInRoutes.filter(
        (_, index) => answers[index]?.body?.error?.code !== 'session_ended',
      );
      expect(notRefused.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
      expect((await refresh(cookie)).status).toBe(401);
    });

    it('lets the person sign in again right after', async () => {
      const first = await signIn('eleve.demo');
      await send('DELETE', '/api/session', { cookie: first.cookie });
      const again = await signIn('eleve.demo');
      expect((await me(again.token)).status).toBe(200);
      expect((await refresh(again.cookie)).status).toBe(200);
    });

    it("ends the person's other sessions too, and no one else's", async () => {
      const phone = await signIn('prof.demo');
      const laptop = await signIn('prof.demo');
      const someoneElse = await signIn('direction.demo');

      await send('DELETE', '/api/session', { cookie: laptop.cookie });

      expect((await me(phone.token))?.body?.error.code).toBe('session_ended');
      expect((await refresh(phone.cookie)).status).toBe(401);
      expect((await me(someoneElse.token)).status).toBe(200);
      expect((await refresh(someoneElse.cookie)).status).toBe(200);
    });
  });

  describe('refreshing', () => {
    it('gives the cookie a new nonce each time; an old one used again ends the session', async () => {
      const { cookie: first } = await signIn('academie.demo');

      const refreshed = await refresh(first);
      expect(refreshed.status).toBe(200);
      const second = cookieSet(refreshed) as string;
      expect(second).not.toBe(first);
      expect(String(refreshed.headers['set-cookie'])).toMatch(
        /Path=\/api\/session; HttpOnly; Secure; SameSite=Strict; Max-Age=2592000/,
      );
      // Beside it, a marker the page can read, holding nothing but that a session was set, for as long.
      const marker = [refreshed.headers['set-cookie']]
        .flat()
        .find((line) => line?.startsWith('preau_signed_in='));
      expect(marker).toBe('preau_signed_in=1; Path=/; Secure; SameSite=Strict; Max-Age=2592000');
      const newToken = refreshed.body?.accessToken as string;
      const asked = await me(newToken);
      expect(asked.status).toBe(200);
      // The refresh says who is signed in, as /api/me does: a reloaded page needs no second round trip.
      expect((refreshed.body as { me?: unknown } | undefined)?.me).toEqual(asked.body);

      const reused = await refresh(first);
      expect(reused.status).toBe(401);
      expect(reused?.body?.error.code).toBe('session_ended');
      expect(String(reused.headers['set-cookie'])).toMatch(/preau_session=;.*Max-Age=0/);
      expect(String(reused.headers['set-cookie'])).toMatch(/preau_signed_in=;.*Max-Age=0/);

      // Whoever copied the cookie and whoever held it are both signed out: the thief cannot tell who is who.
      expect((await refresh(second)).status).toBe(401);
      expect((await me(newToken))?.body?.error.code).toBe('session_ended');
    });

    it('lets exactly one of two refreshes of the same cookie win; the other may try again', async () => {
      const { cookie } = await signIn('vie-scolaire.demo');

      const answers = await Promise.all([refresh(cookie), refresh(cookie)]);

      const winners = answers.filter(({ status }) => status === 200);
      const loser = answers.find(({ status }) => status !== 200);
      expect(winners).toHaveLength(1);
      expect(loser?.status).toBe(409);
      expect(loser?.body?.error.code).toBe('session_refresh_conflict');
      expect(loser?.headers['set-cookie']).toBeUndefined();
      const winnerCookie = cookieSet(winners[0] as Answer) as string;
      const next = await refresh(winnerCookie);
      expect(next.status).toBe(200);
      expect((await me(next.body?.accessToken as string)).status).toBe(200);
    });

    it('refuses a cookie of another shape, or none', async () => {
      expect((await refresh('preau_session=eyJhbGciOiJSUzI1NiJ9.e30.c2ln')).status).toBe(401);
      expect((await send('POST', '/api/session/refresh', {}))?.body?.error.code).toBe('not_signed_in');
    });
  });

  describe('limits on guesses', () => {
    it('checks no more than 10 of 30 wrong passwords sent at once, then refuses even the right one', async () => {
      const answers = await Promise.all(Array.from({ length: 30 }, () => wrongSignIn('planning.demo')));

      expect(statuses(answers)).toEqual({ 401: attemptLimits.signInPerUsername.max, 429: 20 });
      const locked = await send('POST', '/api/session', {
        body: { username: 'planning.demo', password: demoPassword },
      });
      expect(locked.status).toBe(429);
      expect(locked?.body?.error.code).toBe('too_many_attempts');
      const retryAfter = Number(locked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(attemptLimits.signInPerUsername.windowSeconds);
      expect(locked?.body?.error.retryAfterSeconds).toBe(retryAfter);
      // Typed the other way round, it is the same person.
      expect((await wrongSignIn(' Planning.Demo ')).status).toBe(429);
    });

    it("clears a person's failures when they sign in", async () => {
      const person = 'parent.demo';
      for (let attempt = 1; attempt < attemptLimits.signInPerUsername.max; attempt++) {
        expect((await wrongSignIn(person)).status).toBe(401);
      }
      await signIn(person);
      const afterSuccess = await Promise.all(
        Array.from({ length: attemptLimits.signInPerUsername.max }, () => wrongSignIn(person)),
      );
      expect(statuses(afterSuccess)).toEqual({ 401: attemptLimits.signInPerUsername.max });
    });

    it('limits the wrong sign-ins of one address, whatever the usernames, and not the other addresses', async () => {
      const from = '127.0.0.2';
      const { max } = attemptLimits.signInPerAddress;
      const usernames = Array.from({ length: max / 10 + 1 }, (_, index) => `eleve.essai.${index}`);
      const answers = await Promise.all(
        usernames.flatMap((username) => Array.from({ length: 10 }, () => wrongSignIn(username, from))),
      );

      expect(statuses(answers)).toEqual({ 401: max, 429: 10 });
      const locked = await send('POST', '/api/session', {
        body: { username: 'direction.demo', password: demoPassword },
        from,
      });
      expect(locked.status).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      expect((await signIn('direction.demo', '127.0.0.3')).token).toBeTruthy();
    });

    it('counts the address the request came from, whatever viewer address and origin secret the caller writes', async () => {
      const from = '127.0.0.5';
      const { max } = attemptLimits.signInPerAddress;
      // As a caller bypassing CloudFront would try: a new viewer address for every guess, and a secret guessed.
      const answers = await Promise.all(
        Array.from({ length: max + 10 }, (_, index) =>
          send('POST', '/api/session', {
            body: { username: `eleve.essai.forge.${index % 11}`, password: 'Pas-le-bon-2026!' },
            from,
            headers: { 'x-viewer-address': `203.0.113.${index % 250}`, 'x-origin-verify': 'guessed' },
          }),
        ),
      );

      expect(statuses(answers)).toEqual({ 401: max, 429: 10 });
    });

    it('limits activation codes per code and per address; a refused password is not a guess', async () => {
      const from = '127.0.0.4';
      const unknownCode = 'ZZZZ-ZZZZ-ZZZZ';
      const activate = (code: string, password = 'Ma-classe-de-6e!', at = from) =>
        send('POST', '/api/activation', { body: { code, password }, from: at });

      for (let attempt = 0; attempt < 12; attempt++) {
        const weak = await activate(unknownCode, 'court');
        expect(weak.status).toBe(400);
        expect(weak?.body?.error.field).toBe('password');
      }
      const sameCode = [];
      for (let attempt = 0; attempt <= attemptLimits.activationPerCode.max; attempt++) {
        sameCode.push(await activate(unknownCode));
      }
      expect(sameCode.map(({ status }) => status)).toEqual([
        ...Array(attemptLimits.activationPerCode.max).fill(400),
        429,
      ]);
      expect(sameCode.at(-1)?.body?.error.code).toBe('too_many_attempts');
      expect(sameCode[0]?.body?.error.field).toBe('code');
      // Typed with spaces and small letters, it is the same code.
      expect((await activate(' zzzz zzzz zzzz ', 'Ma-classe-de-6e!', '127.0.0.5')).status).toBe(429);

      // The address has 10 wrong codes counted: the rest of its allowance goes to other codes, then it waits.
      const { max } = attemptLimits.activationPerAddress;
      const codes = Array.from(
        { length: max - 10 + 1 },
        (_, index) => `AAAA-BBBB-${String(index).padStart(4, '2')}`,
      );
      const answers = await Promise.all(codes.map((code) => activate(code)));
      expect(statuses(answers)).toEqual({ 400: max - 10, 429: 1 });
    });
  });
});
