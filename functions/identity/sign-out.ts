import { signOut } from '#domain/identity/sign-out';
import { httpHandler } from '#functions/lib/http-handler';
import { sessionPorts } from './adapters/identity-ports';
import { clearedSessionCookie, clearedSignedInMarker, sessionCookieOf } from './session-cookie';

const ports = sessionPorts();

/** Ends the person's sessions, so that neither their tokens nor a copied cookie are worth anything, and clears it. */
export const handler = httpHandler(async (event) => {
  const cookie = sessionCookieOf(event);
  if (cookie) await signOut(cookie, ports);
  return { status: 204, cookies: [clearedSessionCookie(), clearedSignedInMarker()] };
});
