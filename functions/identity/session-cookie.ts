import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/**
 * The refresh token lives in a cookie the page's scripts cannot read (HttpOnly), sent only to the session routes;
 * the short-lived access token stays in the page's memory.
 */
const name = 'preau_session';
const attributes = 'Path=/api/session; HttpOnly; Secure; SameSite=Strict';
const refreshTokenDays = 30;

export const sessionCookie = (refreshToken: string) =>
  `${name}=${refreshToken}; ${attributes}; Max-Age=${refreshTokenDays * 86_400}`;

export const clearedSessionCookie = () => `${name}=; ${attributes}; Max-Age=0`;

/**
 * Cognito's refresh tokens are JWEs of some 1,800 characters: a cookie that cannot be one is no session, and never
 * reaches Cognito (which would answer a 5,000-character one with an error of its own, not a refusal).
 */
const plausibleToken = /^[A-Za-z0-9._~+/=-]{1,4096}$/;

export const refreshTokenOf = (event: APIGatewayProxyEventV2) => {
  const token = (event.cookies ?? [])
    .map((cookie) => cookie.split('='))
    .find(([cookieName]) => cookieName?.trim() === name)
    ?.slice(1)
    .join('=');
  return token && plausibleToken.test(token) ? token : undefined;
};
