import { followSignIn } from '../../domain/audit/follow-sign-in';
import { signInSchema } from '../../domain/identity/credentials-input';
import { signInTrail } from '../audit/adapters/sign-in-trail';
import { httpHandler } from '../lib/http-handler';
import { parseJsonBody } from '../lib/http-request';
import { sessions } from './adapters/identity-ports';
import { sessionCookie } from './session-cookie';

const pool = sessions();

export const handler = httpHandler(async (event) => {
  const { username, password } = parseJsonBody(event, signInSchema);
  const login = username.trim().toLowerCase();
  const { refreshToken, ...session } = await followSignIn(
    login,
    () => pool.signIn(login, password),
    signInTrail,
  );
  return { status: 200, body: session, cookies: refreshToken ? [sessionCookie(refreshToken)] : [] };
});
