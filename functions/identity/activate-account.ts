import { randomUUID } from 'node:crypto';
import { activateAccountWithinLimits } from '#domain/identity/activate-account';
import { activationSchema } from '#domain/identity/credentials-input';
import { clientAddress } from '#functions/lib/client-address';
import { requireEnv } from '#functions/lib/env';
import { httpHandler } from '#functions/lib/http-handler';
import { parseJsonBody } from '#functions/lib/http-request';
import { directory } from '#functions/people/adapters/directory';
import { functionEnvironment } from '#infra/definitions/environment';
import { dynamoActivationStore } from './adapters/dynamo-activation-store';
import { accountSessionsPorts, accounts, attemptCounters } from './adapters/identity-ports';

const ports = {
  directory,
  codes: dynamoActivationStore(requireEnv(functionEnvironment.tableName)),
  accounts: accounts(),
  clock: { now: () => new Date() },
  newId: randomUUID,
  attempts: attemptCounters(),
  ...accountSessionsPorts(),
};

export const handler = httpHandler(async (event) => {
  const { code, password } = parseJsonBody(event, activationSchema);
  return {
    status: 200,
    body: await activateAccountWithinLimits(code, password, clientAddress(event), ports),
  };
});
