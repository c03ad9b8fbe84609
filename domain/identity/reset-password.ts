import type { DirectoryReader } from '#domain/people/directory-ports';
import { ValidationError } from '#domain/shared/errors';
import type { Clock, IdGenerator } from '#domain/shared/ports';
import { attemptLimits, withAttemptLimits } from './attempt-limits';
import { type EndAccountSessionsPorts, endEverySessionOf } from './end-sessions';
import type {
  AccountProvider,
  PasswordRecovery,
  PasswordResetRecords,
  UsernameOwners,
} from './identity-ports';
import { checkPassword } from './password-policy';
import type { AttemptCounter } from './session-ports';

export interface PasswordResetPorts {
  owners: UsernameOwners;
  directory: Pick<DirectoryReader, 'person'>;
  recovery: PasswordRecovery;
  records: PasswordResetRecords;
  attempts: AttemptCounter;
  clock: Clock;
  newId: IdGenerator;
  accounts: Pick<AccountProvider, 'accountIdOf'>;
  /** A new password ends the sessions the account had: see `endEverySessionOf`. */
  sessions: EndAccountSessionsPorts['sessions'];
  waitUntil: EndAccountSessionsPorts['waitUntil'];
}

const normalized = (username: string) => username.trim().toLowerCase();

/**
 * « Mot de passe oublié ? »: sends a code to the e-mail address of the account, if it has one. The answer is the
 * same whether the username exists, has no account yet or no e-mail (no account enumeration): the page tells
 * everyone that a code went to the account's address if it has one, and whom to ask otherwise.
 * 1. Count the request against the username and the address, and keep it counted: each sends a mail.
 * 2. Find the person holding the username; without an activated account or an e-mail, stop there.
 * 3. The pool sends the code to the person's address.
 */
export const requestPasswordReset = async (
  identifier: string,
  clientAddress: string,
  ports: PasswordResetPorts,
): Promise<void> => {
  const username = normalized(identifier);
  await withAttemptLimits(
    [
      { limit: attemptLimits.resetRequestPerAddress, key: clientAddress, onSuccess: 'keep' },
      { limit: attemptLimits.resetRequestPerUsername, key: username, onSuccess: 'keep' },
    ],
    { attempts: ports.attempts, now: ports.clock.now() },
    async () => {
      const personId = await ports.owners.personIdOf(username);
      const person = personId ? await ports.directory.person(personId) : undefined;
      if (!person?.email || person.username !== username || !person.passwordSetAt) return;
      await ports.recovery.sendCode(username, person.email);
    },
    () => true,
  );
};

/**
 * Sets a new password with the code the mail gave, and records it as an activation does.
 * 1. Check the password rules first (a refusal costs no attempt).
 * 2. Confirm the code with the pool, counted against the username and the address: a wrong or expired code is a
 *    guess.
 * 3. Record when the password was set (older activation codes of the person stop working) and the audit entry.
 * 4. End every session the account had: whoever held one (a lost phone, a shared computer) must sign in anew.
 */
export const resetPassword = async (
  reset: { username: string; code: string; password: string },
  clientAddress: string,
  ports: PasswordResetPorts,
): Promise<{ username: string }> => {
  const username = normalized(reset.username);
  const code = reset.code.trim();
  if (code.length === 0) throw new ValidationError('code', 'is required', 'invalid_code');
  try {
    checkPassword(reset.password);
  } catch (error) {
    if (error instanceof ValidationError)
      throw new ValidationError('password', error.reason, 'weak_password');
    throw error;
  }
  await withAttemptLimits(
    [
      { limit: attemptLimits.resetPerAddress, key: clientAddress, onSuccess: 'give-back' },
      { limit: attemptLimits.resetPerUsername, key: username, onSuccess: 'reset' },
    ],
    { attempts: ports.attempts, now: ports.clock.now() },
    () => ports.recovery.confirm(username, code, reset.password),
    (error) => error instanceof ValidationError && error.field === 'code',
  );
  await recordReset(username, ports);
  const accountId = await ports.accounts.accountIdOf(username);
  if (accountId) await endEverySessionOf(accountId, ports);
  return { username };
};

/** The person's `passwordSetAt` and the audit entry, read again and retried if the person changed meanwhile. */
const recordReset = async (username: string, ports: PasswordResetPorts) => {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const personId = await ports.owners.personIdOf(username);
    const person = personId ? await ports.directory.person(personId) : undefined;
    if (!person) return;
    const at = ports.clock.now().toISOString();
    const recorded = await ports.records.record({
      person: { ...person, passwordSetAt: at, version: person.version + 1 },
      expectedVersion: person.version,
      change: {
        changeId: ports.newId(),
        personId: person.personId,
        at,
        by: { personId: person.personId, name: `${person.firstName} ${person.lastName}` },
        what: 'password-reset',
        fields: [{ field: 'password' }],
      },
    });
    if (recorded) return;
  }
  throw new Error(`The password reset of ${username} could not be recorded: the person kept changing`);
};
