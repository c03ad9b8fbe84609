import { httpHandler } from '../lib/http-handler';
import { sessions } from './adapters/identity-ports';
import { clearedSessionCookie, refreshTokenOf } from './session-cookie';

const pool = sessions();

/** Revokes the refresh token, so that a copied cookie is worth nothing, and clears the cookie. */
export const handler = httpHandler(async (event) => {
  const refreshToken = refreshTokenOf(event);
  if (refreshToken) await pool.signOut(refreshToken);
  return { status: 204, cookies: [clearedSessionCookie()] };
});
