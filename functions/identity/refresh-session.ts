import { NotSignedInError } from '../../domain/shared/errors';
import { httpHandler } from '../lib/http-handler';
import { sessions } from './adapters/identity-ports';
import { clearedSessionCookie, refreshTokenOf } from './session-cookie';

const pool = sessions();

export const handler = httpHandler(async (event) => {
  const refreshToken = refreshTokenOf(event);
  if (!refreshToken) throw new NotSignedInError('Not signed in');
  try {
    const { refreshToken: _, ...session } = await pool.refresh(refreshToken);
    return { status: 200, body: session };
  } catch (error) {
    if (error instanceof NotSignedInError) {
      return {
        status: 401,
        body: { error: { code: error.code, message: error.message } },
        cookies: [clearedSessionCookie()],
      };
    }
    throw error;
  }
});
