import { followSignIn } from '#domain/audit/follow-sign-in';
import { signInSchema } from '#domain/identity/credentials-input';
import { signIn } from '#domain/identity/sign-in';
import { signInTrail } from '#functions/audit/adapters/sign-in-trail';
import { clientAddress } from '#functions/lib/client-address';
import { httpHandler } from '#functions/lib/http-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { sessionPorts } from './adapters/identity-ports';
import { sessionCookie, signedInMarker } from './session-cookie';

const ports = sessionPorts();

export const handler = httpHandler(async (event) => {
  const credentials = parseJsonBody(event, signInSchema);
  const { cookie, ...access } = await followSignIn(
    credentials.username.trim().toLowerCase(),
    () => signIn(credentials, clientAddress(event), ports),
    signInTrail,
  );
  return { status: 200, body: access, cookies: [sessionCookie(cookie), signedInMarker()] };
});
