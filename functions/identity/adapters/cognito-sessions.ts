import { InitiateAuthCommand, RevokeTokenCommand } from '@aws-sdk/client-cognito-identity-provider';
import { NotSignedInError } from '../../../domain/shared/errors';
import { cognitoClient } from './cognito-client';

export interface Session {
  accessToken: string;
  expiresIn: number;
  /** Only on sign-in: refreshing keeps the refresh token it was given. */
  refreshToken?: string;
}

/** Errors Cognito (and cognito-local) give for a wrong username, password or refresh token. */
const refusals = new Set([
  'NotAuthorizedException',
  'UserNotFoundException',
  'InvalidPasswordException',
  'PasswordResetRequiredException',
  'UserNotConfirmedException',
]);

/** Sign-in through the web app's client of the school's user pool. */
export const cognitoSessions = (clientId: string) => {
  const authenticate = async (
    input: ConstructorParameters<typeof InitiateAuthCommand>[0],
    refusal: NotSignedInError,
  ) => {
    try {
      const { AuthenticationResult: result } = await cognitoClient.send(new InitiateAuthCommand(input));
      if (!result?.AccessToken) throw refusal;
      return {
        accessToken: result.AccessToken,
        expiresIn: result.ExpiresIn ?? 3600,
        ...(result.RefreshToken && { refreshToken: result.RefreshToken }),
      } satisfies Session;
    } catch (error) {
      if (refusals.has((error as Error).name)) throw refusal;
      throw error;
    }
  };

  return {
    signIn: (username: string, password: string) =>
      authenticate(
        {
          ClientId: clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: username, PASSWORD: password },
        },
        new NotSignedInError('The username or the password is wrong', 'sign_in_failed'),
      ),
    refresh: (refreshToken: string) =>
      authenticate(
        {
          ClientId: clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: refreshToken },
        },
        new NotSignedInError('The session has ended: sign in again'),
      ),
    async signOut(refreshToken: string) {
      try {
        await cognitoClient.send(new RevokeTokenCommand({ ClientId: clientId, Token: refreshToken }));
      } catch (error) {
        // Signing out of a session that already ended is not an error for the person signing out.
        if (
          !refusals.has((error as Error).name) &&
          (error as Error).name !== 'UnsupportedTokenTypeException'
        ) {
          throw error;
        }
      }
    },
  };
};
