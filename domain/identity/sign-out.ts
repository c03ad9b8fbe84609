import { type EndSessionsPorts, endSessionsOf } from './end-sessions';
import type { SessionCookie } from './session-ports';

/**
 * Signs out: every session of the person ends (see `endSessionsOf`), whichever nonce the cookie holds, since
 * the one signing out may hold an old copy. Signing out of a session that is gone does nothing.
 */
export const signOut = async (cookie: SessionCookie, ports: EndSessionsPorts) => {
  const session = await ports.sessions.find(cookie.sessionId);
  if (session) await endSessionsOf(session, ports);
};
