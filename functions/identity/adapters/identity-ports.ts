import { randomUUID } from 'node:crypto';
import type { EndSessionsPorts } from '#domain/identity/end-sessions';
import type { PasswordResetPorts } from '#domain/identity/reset-password';
import type { SignInPorts } from '#domain/identity/sign-in';
import { requireEnv } from '#functions/lib/env';
import { functionEnvironment } from '#infra/definitions/environment';
import { cognitoAccounts } from './cognito-accounts';
import { cognitoPasswordRecovery } from './cognito-password-recovery';
import { cognitoSessions } from './cognito-sessions';
import { dynamoAttemptCounters } from './dynamo-attempt-counters';
import { dynamoPasswordResets } from './dynamo-password-resets';
import { dynamoSessions } from './dynamo-sessions';
import { dynamoUsernameOwners } from './dynamo-usernames';

/** The school's user pool, as the identity handlers use it, and the counters of attempts in its table. */
export const accounts = () => cognitoAccounts(requireEnv(functionEnvironment.userPoolId));
export const attemptCounters = () => dynamoAttemptCounters(requireEnv(functionEnvironment.tableName));

const clock = { now: () => new Date() };

/** What « mot de passe oublié » works with: who holds a username, the pool's recovery flow, the counters. */
export const passwordResetPorts = (directory: PasswordResetPorts['directory']): PasswordResetPorts => ({
  owners: dynamoUsernameOwners(requireEnv(functionEnvironment.tableName)),
  directory,
  recovery: cognitoPasswordRecovery(
    requireEnv(functionEnvironment.userPoolId),
    requireEnv(functionEnvironment.userPoolClientId),
  ),
  records: dynamoPasswordResets(requireEnv(functionEnvironment.tableName)),
  attempts: attemptCounters(),
  clock,
  newId: randomUUID,
  accounts: accounts(),
  ...accountSessionsPorts(),
});

/** What ending an account's sessions after a new password takes: see `endEverySessionOf`. */
export const accountSessionsPorts = () => ({
  sessions: dynamoSessions(requireEnv(functionEnvironment.tableName)),
  waitUntil,
});

const waitUntil = (epochMilliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, epochMilliseconds - Date.now())));

/** What signing in, refreshing and signing out work with: the pool, the sessions and attempts in the table. */
export const sessionPorts = (): SignInPorts & EndSessionsPorts => ({
  tokens: cognitoSessions(requireEnv(functionEnvironment.userPoolClientId)),
  sessions: dynamoSessions(requireEnv(functionEnvironment.tableName)),
  attempts: attemptCounters(),
  clock,
  waitUntil,
});
