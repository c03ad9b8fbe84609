import { forgotPasswordSchema } from '#domain/identity/credentials-input';
import { requestPasswordReset } from '#domain/identity/reset-password';
import { clientAddress } from '#functions/lib/client-address';
import { httpHandler } from '#functions/lib/http-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { passwordResetPorts } from './adapters/identity-ports';

const ports = passwordResetPorts(directory);

/** The same answer for every identifier: whether a mail left is not told (no account enumeration). */
export const handler = httpHandler(async (event) => {
  const { username } = parseJsonBody(event, forgotPasswordSchema);
  await requestPasswordReset(username, clientAddress(event), ports);
  return { status: 202, body: { requested: true } };
});
