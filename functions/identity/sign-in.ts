import { signInSchema } from '../../domain/identity/credentials-input';
import { httpHandler } from '../lib/http-handler';
import { parseJsonBody } from '../lib/http-request';
import { sessions } from './adapters/identity-ports';
import { sessionCookie } from './session-cookie';

const pool = sessions();

export const handler = httpHandler(async (event) => {
  const { username, password } = parseJsonBody(event, signInSchema);
  const { refreshToken, ...session } = await pool.signIn(username.trim().toLowerCase(), password);
  return { status: 200, body: session, cookies: refreshToken ? [sessionCookie(refreshToken)] : [] };
});
