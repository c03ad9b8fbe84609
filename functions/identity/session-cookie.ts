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

export const refreshTokenOf = (event: APIGatewayProxyEventV2) =>
  (event.cookies ?? [])
    .map((cookie) => cookie.split('='))
    .find(([cookieName]) => cookieName?.trim() === name)
    ?.slice(1)
    .join('=') || undefined;
