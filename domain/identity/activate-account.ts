import type { DirectoryReader } from '#domain/people/directory-ports';
import { ValidationError } from '#domain/shared/errors';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import { hashActivationCode, normalizeActivationCode } from './activation-code';
import { attemptLimits, withAttemptLimits } from './attempt-limits';
import { type EndAccountSessionsPorts, endEverySessionOf } from './end-sessions';
import {
  type AccountProvider,
  type ActivationStore,
  CodeAlreadyUsedError,
  UsernameTakenError,
} from './identity-ports';
import { checkPassword } from './password-policy';
import type { AttemptCounter } from './session-ports';

export interface ActivationPorts {
  directory: DirectoryReader;
  codes: ActivationStore;
  accounts: AccountProvider;
  clock: Clock;
  newId: IdGenerator;
  /** A new password ends the sessions the account had: see `endEverySessionOf`. */
  sessions: EndAccountSessionsPorts['sessions'];
  waitUntil: EndAccountSessionsPorts['waitUntil'];
}

/** The account a code opened, as the person is told. */
export interface ActivatedAccount {
  username: string;
  firstName: string;
  lastName: string;
}

const unusableCode = () =>
  new ValidationError(
    'code',
    'is not valid, already used or expired: ask the school for a new one',
    'code_unusable',
  );

/**
 * Uses a one-time code: creates the person's account with the password they chose, or sets a new password when the
 * account exists (a code issued after a lost password). Nothing is kept if any step fails.
 */
export const activateAccount = async (
  typedCode: string,
  password: string,
  ports: ActivationPorts,
): Promise<ActivatedAccount> => {
  if (normalizeActivationCode(typedCode).length === 0)
    throw new ValidationError('code', 'is required', 'required');
  checkPassword(password);
  const codeHash = hashActivationCode(typedCode);
  const now = ports.clock.now();
  const code = await ports.codes.findCode(codeHash);
  if (!code || Date.parse(code.expiresAt) <= now.getTime()) throw unusableCode();
  const person = await ports.directory.person(code.personId);
  if (!person?.username) throw unusableCode();
  if (person.passwordSetAt && person.passwordSetAt >= code.issuedAt) throw unusableCode();

  const username = person.username;
  const isNew = person.passwordSetAt === undefined;
  const newAccount = isNew ? await createAccount(ports.accounts, username, password) : undefined;
  if (!isNew) await ports.accounts.setPassword(username, password);
  const at = now.toISOString();
  try {
    await ports.codes.completeActivation({
      codeHash,
      person: { ...person, passwordSetAt: at, version: person.version + 1 },
      expectedVersion: person.version,
      newAccount: newAccount && { accountId: newAccount.accountId, username },
      change: {
        changeId: ports.newId(),
        personId: person.personId,
        at,
        by: { personId: person.personId, name: `${person.firstName} ${person.lastName}` },
        what: isNew ? 'account-activated' : 'password-reset',
        fields: [{ field: 'password' }],
      },
    });
  } catch (error) {
    if (newAccount) await ports.accounts.remove(username);
    if (error instanceof CodeAlreadyUsedError) throw unusableCode();
    throw error;
  }
  if (!isNew) {
    const accountId = await ports.accounts.accountIdOf(username);
    if (accountId) await endEverySessionOf(accountId, ports);
  }
  return { username, firstName: person.firstName, lastName: person.lastName };
};

const createAccount = async (accounts: AccountProvider, username: string, password: string) => {
  try {
    return await accounts.create(username, password);
  } catch (error) {
    // Two tabs using the same code at once: the second finds the account made by the first.
    if (error instanceof UsernameTakenError) throw unusableCode();
    throw error;
  }
};

/**
 * `activateAccount`, counted against the code and the address: a wrong, used or expired code is a guess and stays
 * counted; a password the policy refuses (the code was not even looked up) is given back, as is a failure on our side.
 */
export const activateAccountWithinLimits = (
  typedCode: string,
  password: string,
  clientAddress: string,
  ports: ActivationPorts & { attempts: AttemptCounter },
): Promise<ActivatedAccount> =>
  withAttemptLimits(
    [
      { limit: attemptLimits.activationPerAddress, key: clientAddress, onSuccess: 'give-back' },
      { limit: attemptLimits.activationPerCode, key: hashActivationCode(typedCode), onSuccess: 'give-back' },
    ],
    { attempts: ports.attempts, now: ports.clock.now() },
    () => activateAccount(typedCode, password, ports),
    (error) => error instanceof ValidationError && error.field === 'code',
  );
