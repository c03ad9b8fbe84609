import { resetPasswordSchema } from '#domain/identity/credentials-input';
import { resetPassword } from '#domain/identity/reset-password';
import { clientAddress } from '#functions/lib/client-address';
import { httpHandler } from '#functions/lib/http-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { passwordResetPorts } from './adapters/identity-ports';

const ports = passwordResetPorts(directory);

export const handler = httpHandler(async (event) => {
  const reset = parseJsonBody(event, resetPasswordSchema);
  return { status: 200, body: await resetPassword(reset, clientAddress(event), ports) };
});
