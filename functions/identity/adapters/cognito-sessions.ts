import { InitiateAuthCommand, RevokeTokenCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { IssuedAccess, TokenProvider } from '#domain/identity/session-ports';
import { NotSignedInError } from '#domain/shared/errors';
import { cognitoClient } from './cognito-client';

/** Errors Cognito (and cognito-local) give for a wrong username, password or refresh token. */
const refusals = new Set([
  'NotAuthorizedException',
  'UserNotFoundException',
  'InvalidPasswordException',
  'PasswordResetRequiredException',
  'UserNotConfirmedException',
]);

/** The account (`sub`) a token the pool just gave us is for: it came from Cognito over TLS, nothing to verify. */
const accountOf = (accessToken: string) => {
  const payload = JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8'));
  if (typeof payload?.sub !== 'string') throw new Error('The user pool gave an access token without a sub');
  return payload.sub as string;
};

/** Sign-in through the web app's client of the school's user pool. */
export const cognitoSessions = (clientId: string): TokenProvider => {
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
        refreshToken: result.RefreshToken,
      };
    } catch (error) {
      if (refusals.has((error as Error).name)) throw refusal;
      throw error;
    }
  };

  return {
    async signIn(username, password) {
      const { refreshToken, ...access } = await authenticate(
        {
          ClientId: clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: username, PASSWORD: password },
        },
        new NotSignedInError('The username or the password is wrong', 'sign_in_failed'),
      );
      if (!refreshToken) throw new Error('The user pool signed in without a refresh token');
      return { ...access, refreshToken, accountId: accountOf(access.accessToken) };
    },
    async refresh(refreshToken): Promise<IssuedAccess> {
      const { accessToken, expiresIn } = await authenticate(
        {
          ClientId: clientId,
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          AuthParameters: { REFRESH_TOKEN: refreshToken },
        },
        new NotSignedInError('The session has ended: sign in again', 'session_ended'),
      );
      return { accessToken, expiresIn };
    },
    async revoke(refreshToken) {
      try {
        await cognitoClient.send(new RevokeTokenCommand({ ClientId: clientId, Token: refreshToken }));
      } catch (error) {
        // Revoking a token that already ended is not an error for the person signing out.
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
