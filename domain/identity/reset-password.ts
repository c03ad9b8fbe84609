import type { DirectoryReader } from '#domain/people/directory-ports';
import { ValidationError } from '#domain/shared/errors';
import type { Clock } from '#domain/shared/ports';
import { attemptLimits, withAttemptLimits } from './attempt-limits';
import type { PasswordRecovery, UsernameOwners } from './identity-ports';
import { checkPassword } from './password-policy';
import type { AttemptCounter } from './session-ports';

export interface PasswordResetPorts {
  owners: UsernameOwners;
  directory: Pick<DirectoryReader, 'person'>;
  recovery: PasswordRecovery;
  attempts: AttemptCounter;
  clock: Clock;
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
 * Sets a new password with the code the mail gave. The password rules are checked first (a refusal costs no
 * attempt); a wrong or expired code is a guess, counted against the username and the address.
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
      throw new ValidationError('password', error.reason, 'password_rules');
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
  return { username };
};
