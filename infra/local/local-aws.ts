import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { localCredentials, localRegion } from './dynamodb-local';

/** Where the local stand-ins of AWS services answer. */
export interface LocalEndpoints {
  dynamodb: string;
  s3: string;
  cognito: string;
  /** The mail catcher (aws-ses-v2-local), which answers the SES v2 calls of notifications. */
  mail?: string;
}

export const localDynamoDbClient = (endpoints: Pick<LocalEndpoints, 'dynamodb'>) =>
  new DynamoDBClient({ endpoint: endpoints.dynamodb, region: localRegion, credentials: localCredentials });

export const localS3Client = (endpoints: Pick<LocalEndpoints, 's3'>) =>
  new S3Client({
    endpoint: endpoints.s3,
    region: localRegion,
    credentials: localCredentials,
    forcePathStyle: true,
  });

/** The variables that point the functions' SDK clients at the local services, as Lambda's would at AWS. */
export const localAwsEnvironment = (endpoints: LocalEndpoints & { eventBridge: string; sqs?: string }) => ({
  AWS_REGION: localRegion,
  AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
  AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
  AWS_ENDPOINT_URL_S3: endpoints.s3,
  AWS_ENDPOINT_URL_EVENTBRIDGE: endpoints.eventBridge,
  ...(endpoints.sqs !== undefined && { AWS_ENDPOINT_URL_SQS: endpoints.sqs }),
  AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoints.cognito,
  ...(endpoints.mail && { AWS_ENDPOINT_URL_SESV2: endpoints.mail }),
  ...quietSdkOnNode20,
});

/** Lambda runs Node 22; this machine may run Node 20, on which the SDK warns at every client it creates. */
export const quietSdkOnNode20 = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
