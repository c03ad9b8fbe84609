import {
  AdminCreateUserCommand,
  type AdminCreateUserCommandOutput,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { type AccountProvider, UsernameTakenError } from '#domain/identity/identity-ports';
import { cognitoClient } from './cognito-client';

/**
 * Accounts in the school's user pool. Cognito holds only the username and the password: names, classes and
 * profiles stay in the school's table, where rights are checked.
 */
export const cognitoAccounts = (userPoolId: string): AccountProvider => {
  const setPassword = async (username: string, password: string) => {
    await cognitoClient.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: userPoolId,
        Username: username,
        Password: password,
        Permanent: true,
      }),
    );
  };
  return {
    async create(username, password) {
      let created: AdminCreateUserCommandOutput;
      try {
        created = await cognitoClient.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: username,
            MessageAction: 'SUPPRESS',
          }),
        );
      } catch (error) {
        if (error instanceof UsernameExistsException || (error as Error).name === 'UsernameExistsException') {
          throw new UsernameTakenError(username);
        }
        throw error;
      }
      await setPassword(username, password);
      const accountId = created.User?.Attributes?.find(({ Name }) => Name === 'sub')?.Value;
      if (!accountId) throw new Error(`Cognito created ${username} without a sub`);
      return { accountId };
    },

    setPassword,

    async remove(username) {
      await cognitoClient.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: username }));
    },

    async accountIdOf(username) {
      try {
        const user = await cognitoClient.send(
          new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }),
        );
        return user.UserAttributes?.find(({ Name }) => Name === 'sub')?.Value;
      } catch (error) {
        if ((error as Error).name === 'UserNotFoundException') return undefined;
        throw error;
      }
    },
  };
};
