import type { Person } from '#domain/people/person';
import type { PersonalDataChange } from '#domain/people/personal-data-change';

/** The accounts people sign in with (a Cognito user pool in AWS). Holds usernames and passwords, nothing else. */
export interface AccountProvider {
  /** Creates the account; returns its immutable id (Cognito's `sub`). Throws `UsernameTakenError`. */
  create(username: string, password: string): Promise<{ accountId: string }>;
  setPassword(username: string, password: string): Promise<void>;
  remove(username: string): Promise<void>;
  /** The account's id (`sub`) for its username, if the pool has it. */
  accountIdOf(username: string): Promise<string | undefined>;
}

export class UsernameTakenError extends Error {
  constructor(readonly username: string) {
    super(`The username ${username} is taken`);
    this.name = 'UsernameTakenError';
  }
}

/** A one-time code as the table keeps it: its hash, never the code. */
export interface StoredActivationCode {
  codeHash: string;
  personId: string;
  batchId: string;
  issuedAt: string;
  expiresAt: string;
}

export interface ActivationStore {
  findCode(codeHash: string): Promise<StoredActivationCode | undefined>;
  /**
   * In one transaction: uses up the code (which must still be there), stores the person's new version, links the
   * account to the person when it is new, and appends the audit entry. Throws `CodeAlreadyUsedError` if another
   * request used the code first.
   */
  completeActivation(activation: {
    codeHash: string;
    person: Person;
    expectedVersion: number;
    newAccount?: { accountId: string; username: string };
    change: PersonalDataChange;
  }): Promise<void>;
}

export class CodeAlreadyUsedError extends Error {
  override name = 'CodeAlreadyUsedError';
}

/** Usernames are unique in a school: each is reserved for one person before it is printed. */
export interface UsernameRegistry {
  /** True when the username was free and is now the person's. */
  reserve(username: string, personId: string): Promise<boolean>;
}

/**
 * The user pool's forgotten-password flow (Cognito's ForgotPassword and ConfirmForgotPassword): the pool sends a
 * code to the e-mail address, and a right code sets a new password.
 */
export interface PasswordRecovery {
  /** Sends a code to `email`, the address the school's directory holds for the account's person. */
  sendCode(username: string, email: string): Promise<void>;
  /**
   * Sets the new password if the code is the one sent. Throws `ValidationError` on `code` (`invalid_code`,
   * `expired_code`) or `password` (`weak_password`).
   */
  confirm(username: string, code: string, password: string): Promise<void>;
}

/** Who holds a username: the person the table gave it to, if any. */
export interface UsernameOwners {
  personIdOf(username: string): Promise<string | undefined>;
}

/** Where a password replaced by the person is recorded: the person's `passwordSetAt` and the audit trail. */
export interface PasswordResetRecords {
  /**
   * In one transaction: stores the person's new version (which must still be `expectedVersion`) and appends the
   * change and its audit entry. Returns false when the person changed meanwhile (read again, then retry).
   */
  record(reset: { person: Person; expectedVersion: number; change: PersonalDataChange }): Promise<boolean>;
}
