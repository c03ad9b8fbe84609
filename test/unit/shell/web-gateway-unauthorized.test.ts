import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApi } from '#web/src/api';
import { failureReason } from '#web/src/shell/http/failure-reason';
import { createFormat } from '#web/src/shell/i18n/format';
import { chooseLocale } from '#web/src/shell/i18n/locale';

const french = createFormat(chooseLocale('fr-FR'));
const english = createFormat(chooseLocale('en-GB'));

/**
 * API Gateway's own 401, as its JWT authorizer answers before any function (and the local server as it): no code,
 * and HTTP APIs cannot change it.
 */
const gatewayUnauthorized = () =>
  new Response('{"message":"Unauthorized"}', {
    status: 401,
    headers: {
      'content-type': 'application/json',
      'www-authenticate': 'Bearer scope="" error="invalid_token" error_description="the token has expired"',
    },
  });

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const me = { personId: 'p-1', firstName: 'Inès', lastName: 'Martin', username: 'ines.martin', profiles: [] };

/** An API whose `/api/me` answers as given, one answer a call, and whose refresh answers as given. */
const apiAnswering = (answers: { me: (() => Response)[]; refresh: () => Response }) => {
  const requests: string[] = [];
  const api = createApi(async (path, init) => {
    requests.push(`${init.method ?? 'GET'} ${path} ${new Headers(init.headers).get('authorization') ?? '-'}`);
    if (path === '/api/session') return json(200, { accessToken: 'access-1', expiresIn: 900 });
    if (path === '/api/session/refresh') return answers.refresh();
    const next = answers.me.shift();
    if (!next) throw new Error(`no answer left for ${path}`);
    return next();
  });
  return { api, requests };
};

describe('API Gateway’s own 401 in the portal', () => {
  it('is the code `unauthorized`: a session that expired, worded in French and English', async () => {
    const { api } = apiAnswering({ me: [gatewayUnauthorized], refresh: gatewayUnauthorized });

    const refusal = await api.me().catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(failureReason(refusal, french)).toBe('votre session a expiré : reconnectez-vous');
    expect(failureReason(refusal, english)).toBe('your session has expired: sign in again');
  });

  it('keeps the code of a function’s own 401', async () => {
    const ended = () => json(401, { error: { code: 'session_ended', message: 'The session has ended' } });
    const { api } = apiAnswering({ me: [ended], refresh: ended });

    await expect(api.me()).rejects.toMatchObject({ status: 401, code: 'session_ended' });
  });

  it('renews the token once and sends the call again: an expired token costs the person nothing', async () => {
    const { api, requests } = apiAnswering({
      me: [gatewayUnauthorized, () => json(200, me)],
      refresh: () => json(200, { accessToken: 'access-2', expiresIn: 900 }),
    });
    await api.session.signIn('ines.martin', 'Un-bon-mot-2-passe');

    expect((await api.me()).firstName).toBe('Inès');
    expect(requests).toEqual([
      'POST /api/session -',
      'GET /api/me Bearer access-1',
      'POST /api/session/refresh -',
      'GET /api/me Bearer access-2',
    ]);
  });

  it('sends the person to sign in again when the session cannot be renewed', async () => {
    const { api, requests } = apiAnswering({ me: [gatewayUnauthorized], refresh: gatewayUnauthorized });
    await api.session.signIn('ines.martin', 'Un-bon-mot-2-passe');
    const signedOut = vi.fn();
    api.session.onSignedOut(signedOut);

    await expect(api.me()).rejects.toMatchObject({ status: 401, code: 'unauthorized' });

    expect(requests.slice(1)).toEqual(['GET /api/me Bearer access-1', 'POST /api/session/refresh -']);
    expect(signedOut).toHaveBeenCalledTimes(1);
    expect(api.session.isSignedIn()).toBe(false);
  });

  it('sends the person to sign in again when the renewed token is refused too, after one refresh only', async () => {
    const { api, requests } = apiAnswering({
      me: [gatewayUnauthorized, gatewayUnauthorized],
      refresh: () => json(200, { accessToken: 'refused-anyway', expiresIn: 900 }),
    });
    await api.session.signIn('ines.martin', 'Un-bon-mot-2-passe');
    const signedOut = vi.fn();
    api.session.onSignedOut(signedOut);

    await expect(api.me()).rejects.toMatchObject({ status: 401, code: 'unauthorized' });

    expect(requests.slice(1)).toEqual([
      'GET /api/me Bearer access-1',
      'POST /api/session/refresh -',
      'GET /api/me Bearer refused-anyway',
    ]);
    expect(signedOut).toHaveBeenCalledTimes(1);
    expect(api.session.isSignedIn()).toBe(false);
  });
});
