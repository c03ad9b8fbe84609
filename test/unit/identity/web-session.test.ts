import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, ApiUnreachableError, createApi } from '#web/src/api';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';
import { takeRefreshStartedByPage } from '#web/src/shell/session/session';
import { describeSignInError } from '#web/src/shell/session/sign-in-error';

const jsonResponse = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

interface SeenRequest {
  method: string;
  path: string;
  authorization: string | null;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

const me = {
  personId: 'p-ines',
  firstName: 'Inès',
  lastName: 'Martin',
  username: 'ines.martin',
  profiles: ['guardian'],
  children: [],
  classes: [],
};

/**
 * A school's API as far as sessions go: the refresh token is the cookie the browser would keep, access tokens
 * are numbered, and `expireTokens` / `endSession` stand for time passing.
 */
const fakeSchool = ({ cookieFromBefore = false } = {}) => {
  const requests: SeenRequest[] = [];
  let cookie = cookieFromBefore ? 'refresh-token' : undefined;
  let issued = 0;
  const validTokens = new Set<string>();
  const issueToken = () => {
    const accessToken = `access-${++issued}`;
    validTokens.add(accessToken);
    return jsonResponse(200, { accessToken, expiresIn: 900 });
  };

  const answer = ({ method, path, authorization, body }: SeenRequest): Response => {
    if (method === 'POST' && path === '/api/session') {
      const { username, password } = body as { username: string; password: string };
      if (username !== 'ines.martin' || password !== 'Un-bon-mot-2-passe') {
        return jsonResponse(401, { error: { code: 'sign_in_failed', message: 'Sign-in failed' } });
      }
      cookie = 'refresh-token';
      return issueToken();
    }
    if (method === 'POST' && path === '/api/session/refresh') {
      return cookie
        ? issueToken()
        : jsonResponse(401, { error: { code: 'unauthorized', message: 'No session' } });
    }
    if (method === 'DELETE' && path === '/api/session') {
      cookie = undefined;
      validTokens.clear();
      return new Response(null, { status: 204 });
    }
    const token = authorization?.replace(/^Bearer /, '');
    if (!token || !validTokens.has(token)) return jsonResponse(401, { message: 'Unauthorized' });
    if (path === '/api/me') return jsonResponse(200, me);
    return jsonResponse(404, { error: { code: 'not_found', message: 'Not found' } });
  };

  const fetchFromServer = async (path: string, init: RequestInit) => {
    const request: SeenRequest = {
      method: init.method ?? 'GET',
      path,
      authorization: new Headers(init.headers).get('authorization'),
      credentials: init.credentials,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
    };
    requests.push(request);
    return answer(request);
  };

  return {
    api: createApi(fetchFromServer),
    requests,
    paths: () => requests.map(({ method, path }) => `${method} ${path}`),
    expireTokens: () => validTokens.clear(),
    endSession: () => {
      cookie = undefined;
      validTokens.clear();
    },
  };
};

describe('the session of the web app', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('signs in, then sends the access token with every signed-in call', async () => {
    const school = fakeSchool();

    await school.api.session.signIn('ines.martin', 'Un-bon-mot-2-passe');
    const signedIn = await school.api.me();

    expect(signedIn.firstName).toBe('Inès');
    expect(school.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/session',
      credentials: 'same-origin',
      body: { username: 'ines.martin', password: 'Un-bon-mot-2-passe' },
    });
    expect(school.requests[1]).toMatchObject({ path: '/api/me', authorization: 'Bearer access-1' });
  });

  it('tells wrong credentials apart, with the API’s code', async () => {
    const school = fakeSchool();

    const refusal = school.api.session.signIn('ines.martin', 'pas le bon');

    await expect(refusal).rejects.toMatchObject({ status: 401, code: 'sign_in_failed' });
    expect(school.api.session.isSignedIn()).toBe(false);
  });

  it('renews an expired access token once, from the cookie, and sends the call again', async () => {
    const school = fakeSchool();
    await school.api.session.signIn('ines.martin', 'Un-bon-mot-2-passe');
    school.expireTokens();

    await school.api.me();

    expect(school.paths()).toEqual([
      'POST /api/session',
      'GET /api/me',
      'POST /api/session/refresh',
      'GET /api/me',
    ]);
    expect(school.requests[2]).toMatchObject({
      credentials: 'same-origin',
      authorization: null,
      body: undefined,
    });
    expect(school.requests[3]?.authorization).toBe('Bearer access-2');
  });

  it('gives up after one renewal that fails, and says the session is over', async () => {
    const school = fakeSchool();
    await school.api.session.signIn('ines.martin', 'Un-bon-mot-2-passe');
    const signedOut = vi.fn();
    school.api.session.onSignedOut(signedOut);
    school.endSession();

    await expect(school.api.me()).rejects.toEqual(expect.objectContaining({ status: 401 }));

    expect(school.paths().slice(1)).toEqual(['GET /api/me', 'POST /api/session/refresh']);
    expect(signedOut).toHaveBeenCalledTimes(1);
    expect(school.api.session.isSignedIn()).toBe(false);
  });

  it('does not renew again when the renewed token is refused too', async () => {
    const requests: string[] = [];
    const api = createApi(async (path, init) => {
      requests.push(`${init.method ?? 'GET'} ${path}`);
      return path === '/api/session/refresh'
        ? jsonResponse(200, { accessToken: 'refused-anyway', expiresIn: 900 })
        : jsonResponse(401, { message: 'Unauthorized' });
    });

    await expect(api.me()).rejects.toBeInstanceOf(ApiError);

    expect(requests).toEqual(['GET /api/me', 'POST /api/session/refresh', 'GET /api/me']);
  });

  it('tries once more when another tab refreshed the same session at the same instant', async () => {
    const requests: string[] = [];
    let refreshes = 0;
    const api = createApi(async (path, init) => {
      requests.push(`${init.method ?? 'GET'} ${path}`);
      if (path !== '/api/session/refresh') return jsonResponse(200, me);
      refreshes += 1;
      return refreshes === 1
        ? jsonResponse(409, { error: { code: 'session_refresh_conflict', message: 'try again' } })
        : jsonResponse(200, { accessToken: 'from-the-new-cookie', expiresIn: 900 });
    });

    expect(await api.session.refresh()).toBe(true);

    expect(requests).toEqual(['POST /api/session/refresh', 'POST /api/session/refresh']);
    expect(api.session.isSignedIn()).toBe(true);
  });

  it('renews once for calls that find the token expired at the same time', async () => {
    const school = fakeSchool();
    await school.api.session.signIn('ines.martin', 'Un-bon-mot-2-passe');
    school.expireTokens();

    await Promise.all([school.api.me(), school.api.me(), school.api.me()]);

    expect(school.paths().filter((path) => path === 'POST /api/session/refresh')).toHaveLength(1);
  });

  it('resumes the session of the cookie after a reload, or says there is none', async () => {
    const reloaded = fakeSchool({ cookieFromBefore: true });
    expect(await reloaded.api.session.refresh()).toBe(true);
    expect((await reloaded.api.me()).username).toBe('ines.martin');
    expect(reloaded.paths()).toEqual(['POST /api/session/refresh', 'GET /api/me']);

    const stranger = fakeSchool();
    const signedOut = vi.fn();
    stranger.api.session.onSignedOut(signedOut);
    expect(await stranger.api.session.refresh()).toBe(false);
    expect(stranger.api.session.isSignedIn()).toBe(false);
    expect(signedOut).not.toHaveBeenCalled();
  });

  it('learns who is signed in from the refresh’s answer, one request instead of two, and only once', async () => {
    const requests: string[] = [];
    const api = createApi(async (path, init) => {
      requests.push(`${init.method ?? 'GET'} ${path}`);
      return path === '/api/session/refresh'
        ? jsonResponse(200, { accessToken: 'access-1', expiresIn: 900, me })
        : jsonResponse(200, me);
    });

    expect(await api.session.refresh()).toBe(true);

    expect(api.session.takeMe()?.firstName).toBe('Inès');
    expect(api.session.takeMe()).toBeUndefined();
    expect(requests).toEqual(['POST /api/session/refresh']);
  });

  it('renews the session early, once: the first resume takes that answer, a later one asks again', async () => {
    const reloaded = fakeSchool({ cookieFromBefore: true });

    reloaded.api.session.resumeEarly();
    reloaded.api.session.resumeEarly();
    expect(reloaded.paths()).toEqual(['POST /api/session/refresh']);
    expect(await reloaded.api.session.resume()).toBe(true);
    expect(reloaded.paths()).toEqual(['POST /api/session/refresh']);

    expect(await reloaded.api.session.resume()).toBe(true);
    expect(reloaded.paths()).toEqual(['POST /api/session/refresh', 'POST /api/session/refresh']);
  });

  it('reads the renewal index.html sent as it was read, and sends none of its own', async () => {
    const reloaded = fakeSchool({ cookieFromBefore: true });
    const sentByPage = Promise.resolve(
      jsonResponse(200, { accessToken: 'access-from-page', expiresIn: 900, me }),
    );
    vi.stubGlobal('window', { preauSessionRefresh: sentByPage });

    reloaded.api.session.resumeEarly(takeRefreshStartedByPage());
    expect(await reloaded.api.session.resume()).toBe(true);
    expect(reloaded.api.session.takeMe()?.firstName).toBe('Inès');
    // Taken once: the page's global no longer holds it.
    expect(takeRefreshStartedByPage()).toBeUndefined();
    expect(reloaded.paths()).toEqual([]);
    await reloaded.api.me().catch(() => undefined);
    expect(reloaded.requests.at(0)).toMatchObject({
      path: '/api/me',
      authorization: 'Bearer access-from-page',
    });
  });

  it('reports a renewal index.html sent that never reached the API as unreachable, and one another tab raced as retried', async () => {
    const offline = fakeSchool({ cookieFromBefore: true });
    offline.api.session.resumeEarly(Promise.reject(new TypeError('Failed to fetch')));
    await expect(offline.api.session.resume()).rejects.toBeInstanceOf(ApiUnreachableError);

    const raced = fakeSchool({ cookieFromBefore: true });
    raced.api.session.resumeEarly(Promise.resolve(jsonResponse(409, { error: { code: 'conflict' } })));
    expect(await raced.api.session.resume()).toBe(true);
    expect(raced.paths()).toEqual(['POST /api/session/refresh']);
  });

  it('sends no refresh on load without the API’s marker cookie, so that a sign-in page logs no 401', async () => {
    vi.stubGlobal('document', { cookie: 'preau_language=fr' });
    const newcomer = fakeSchool();
    expect(await newcomer.api.session.resume()).toBe(false);
    expect(newcomer.paths()).toEqual([]);

    vi.stubGlobal('document', { cookie: 'preau_language=fr; preau_signed_in=1' });
    const reloaded = fakeSchool({ cookieFromBefore: true });
    expect(await reloaded.api.session.resume()).toBe(true);
    expect(reloaded.paths()).toEqual(['POST /api/session/refresh']);
    vi.unstubAllGlobals();
  });

  it('forgets the token on sign-out, and asks the server to end the session', async () => {
    const school = fakeSchool();
    await school.api.session.signIn('ines.martin', 'Un-bon-mot-2-passe');
    const signedOut = vi.fn();
    school.api.session.onSignedOut(signedOut);

    await school.api.session.signOut();

    expect(school.requests.at(-1)).toMatchObject({
      method: 'DELETE',
      path: '/api/session',
      credentials: 'same-origin',
    });
    expect(signedOut).toHaveBeenCalledTimes(1);
    expect(school.api.session.isSignedIn()).toBe(false);
    await expect(school.api.me()).rejects.toMatchObject({ status: 401 });
    expect(school.requests.at(-2)).toMatchObject({ path: '/api/me', authorization: null });
  });

  it('is signed out even when the server cannot be told', async () => {
    let online = true;
    const api = createApi(async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return jsonResponse(200, { accessToken: 'access-1', expiresIn: 900 });
    });
    await api.session.signIn('ines.martin', 'Un-bon-mot-2-passe');
    online = false;

    await expect(api.session.signOut()).rejects.toBeInstanceOf(ApiUnreachableError);

    expect(api.session.isSignedIn()).toBe(false);
  });

  it('never writes the token to storage or cookies', async () => {
    const writes: string[] = [];
    const recordingStorage = {
      getItem: () => null,
      setItem: (key: string, value: string) => writes.push(`${key}=${value}`),
      removeItem: () => undefined,
      clear: () => undefined,
      key: () => null,
      length: 0,
    };
    vi.stubGlobal('localStorage', recordingStorage);
    vi.stubGlobal('sessionStorage', recordingStorage);
    vi.stubGlobal('document', {
      get cookie() {
        return '';
      },
      set cookie(value: string) {
        writes.push(value);
      },
    });
    const school = fakeSchool();

    await school.api.session.signIn('ines.martin', 'Un-bon-mot-2-passe');
    school.expireTokens();
    await school.api.me();
    await school.api.session.signOut();

    expect(school.paths()).toContain('POST /api/session/refresh');
    expect(writes).toEqual([]);
  });
});

describe('the words of a failed sign-in', () => {
  const french = createFormat(chooseLocale('fr-FR'));
  const english = createFormat(chooseLocale('en-GB'));

  it('says what to do for each failure', () => {
    const wrong = new ApiError(401, 'Sign-in failed', { code: 'sign_in_failed' });
    expect(describeSignInError(wrong, french)).toBe('Identifiant ou mot de passe incorrect.');
    expect(describeSignInError(wrong, english)).toBe('Wrong username or password.');
    expect(describeSignInError(new ApiError(400, 'username: required', { field: 'username' }), french)).toBe(
      'Saisissez votre identifiant et votre mot de passe.',
    );
    expect(describeSignInError(new ApiUnreachableError('Failed to fetch'), french)).toBe(
      'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
    );
    expect(describeSignInError(new ApiError(500, ''), french)).toBe(
      'La connexion a échoué (erreur 500). Réessayez dans un instant.',
    );
  });

  it('says when to try again once the attempts are used up', () => {
    const locked = new ApiError(429, 'Too many attempts', {
      code: 'too_many_attempts',
      details: { retryAfterSeconds: 541 },
    });
    expect(describeSignInError(locked, french)).toBe(
      'Trop de tentatives. Par sécurité, réessayez dans 10 min.',
    );
    expect(describeSignInError(locked, english)).toBe(
      'Too many attempts. For your safety, try again in 10 min.',
    );
    expect(describeSignInError(new ApiError(429, ''), french)).toBe(
      'Trop de tentatives. Patientez quelques minutes, puis réessayez.',
    );
  });
});
