import {
  AdminUpdateUserAttributesCommand,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { PasswordRecovery } from '#domain/identity/identity-ports';
import { TooManyAttemptsError, ValidationError } from '#domain/shared/errors';
import { log } from '#functions/lib/logger';
import { cognitoClient } from './cognito-client';

/** Cognito's refusals of a confirmation, as the portal words them. */
const refusalOf = (name: string) => {
  switch (name) {
    // With `preventUserExistenceErrors`, Cognito answers a wrong code for an unknown user; cognito-local does not.
    case 'CodeMismatchException':
    case 'UserNotFoundException':
      return new ValidationError('code', 'is not the code the mail gave', 'invalid_code');
    case 'ExpiredCodeException':
      return new ValidationError('code', 'has expired: ask for a new one', 'expired_code');
    case 'InvalidPasswordException':
      return new ValidationError('password', 'does not follow the password rules', 'weak_password');
    case 'LimitExceededException':
    case 'TooManyFailedAttemptsException':
      return new TooManyAttemptsError(15 * 60);
    default:
      return undefined;
  }
};

/**
 * The forgotten-password flow of the school's user pool. The pool keeps no e-mail of its own: the directory's
 * address is written on the account (verified, as the school vouches for it) just before Cognito sends the code
 * there, through SES in AWS and to the local mail catcher on a machine.
 */
export const cognitoPasswordRecovery = (userPoolId: string, clientId: string): PasswordRecovery => ({
  async sendCode(username, email) {
    try {
      await cognitoClient.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: userPoolId,
          Username: username,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
          ],
        }),
      );
      await cognitoClient.send(new ForgotPasswordCommand({ ClientId: clientId, Username: username }));
    } catch (error) {
      // The table names an account the pool lacks: the person is told the same as everyone, and we look into it.
      if ((error as Error).name !== 'UserNotFoundException') throw error;
      log.warn('A username of the table has no account in the user pool', { username });
    }
  },

  async confirm(username, code, password) {
    try {
      await cognitoClient.send(
        new ConfirmForgotPasswordCommand({
          ClientId: clientId,
          Username: username,
          ConfirmationCode: code,
          Password: password,
        }),
      );
    } catch (error) {
      throw refusalOf((error as Error).name) ?? error;
    }
  },
});
