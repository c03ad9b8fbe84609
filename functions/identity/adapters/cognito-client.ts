import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';

/**
 * Created once per Lambda instance. Locally, AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER points it at cognito-local,
 * which answers the same API.
 */
export const cognitoClient = new CognitoIdentityProviderClient({});
