import type { TestProject } from 'vitest/node';
import { startCognitoLocal } from '../../infra/local/cognito-local';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local';
import { type LocalEndpoints, quietSdkOnNode20 } from '../../infra/local/local-aws';
import { startS3Local } from '../../infra/local/s3-local';

declare module 'vitest' {
  export interface ProvidedContext {
    endpoints: LocalEndpoints;
  }
}

/**
 * One DynamoDB Local (in memory), one s3rver and one cognito-local for the whole run; each test file makes its own
 * school in them.
 */
export default async function setup(project: TestProject) {
  Object.assign(process.env, quietSdkOnNode20);
  const dynamodb = await startDynamoDbLocal({});
  const s3 = await startS3Local({});
  const cognito = await startCognitoLocal({});
  project.provide('endpoints', { dynamodb: dynamodb.endpoint, s3: s3.endpoint, cognito: cognito.endpoint });
  return async () => {
    await cognito.stop();
    await s3.stop();
    await dynamodb.stop();
  };
}
