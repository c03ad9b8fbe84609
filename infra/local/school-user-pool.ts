import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { passwordPolicy } from '#domain/identity/password-policy';
import { schoolUserPool } from '#infra/definitions/school-user-pool';
import { localCredentials, localRegion } from './dynamodb-local';

export interface LocalUserPool {
  userPoolId: string;
  userPoolClientId: string;
  /** What the `iss` claim of the pool's tokens says. */
  issuer: string;
}

export const localCognitoClient = (endpoint: string) =>
  new CognitoIdentityProviderClient({ endpoint, region: localRegion, credentials: localCredentials });

/** The school's user pool and web client in cognito-local, made once and found again on the next start. */
export const ensureSchoolUserPool = async (endpoint: string, schoolId: string): Promise<LocalUserPool> => {
  const client = localCognitoClient(endpoint);
  try {
    const poolName = schoolUserPool.poolName(schoolId);
    const { UserPools } = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    const userPoolId =
      UserPools?.find(({ Name }) => Name === poolName)?.Id ??
      (
        await client.send(
          new CreateUserPoolCommand({
            PoolName: poolName,
            Policies: {
              PasswordPolicy: {
                MinimumLength: passwordPolicy.minLength,
                RequireLowercase: passwordPolicy.requireLowercase,
                RequireUppercase: passwordPolicy.requireUppercase,
                RequireNumbers: passwordPolicy.requireDigits,
                RequireSymbols: passwordPolicy.requireSymbols,
              },
            },
            AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
          }),
        )
      ).UserPool?.Id;
    if (!userPoolId) throw new Error(`cognito-local did not create the pool ${poolName}`);
    const { UserPoolClients } = await client.send(
      new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }),
    );
    const userPoolClientId =
      UserPoolClients?.find(({ ClientName }) => ClientName === schoolUserPool.webClientName)?.ClientId ??
      (
        await client.send(
          new CreateUserPoolClientCommand({
            UserPoolId: userPoolId,
            ClientName: schoolUserPool.webClientName,
            ExplicitAuthFlows: [...schoolUserPool.webClientAuthFlows],
          }),
        )
      ).UserPoolClient?.ClientId;
    if (!userPoolClientId) throw new Error(`cognito-local did not create the client of ${poolName}`);
    return { userPoolId, userPoolClientId, issuer: `${endpoint}/${userPoolId}` };
  } finally {
    client.destroy();
  }
};
