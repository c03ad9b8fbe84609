import type { TestProject } from 'vitest/node';
import { startCognitoLocal } from '#infra/local/cognito-local';
import { type LocalEndpoints, quietSdkOnNode20 } from '#infra/local/local-aws';
import { startMailCatcher } from '#infra/local/mail-catcher';
import { startS3Local } from '#infra/local/s3-local';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's s3rver and cognito-local; each test file starts its own DynamoDB Local (file-dynamodb.ts). */
    endpoints: Omit<LocalEndpoints, 'dynamodb'>;
    /** The run's mail catcher (aws-ses-v2-local), where cognito-local's mails arrive. */
    mailCatcher: string;
  }
}

/**
 * One s3rver and one cognito-local for the whole run; each test file makes its own school in them, in a DynamoDB
 * Local of its own (see file-dynamodb.ts for why).
 */
export default async function setup(project: TestProject) {
  Object.assign(process.env, quietSdkOnNode20);
  const s3 = await startS3Local({});
  const mail = await startMailCatcher();
  const cognito = await startCognitoLocal({ mailEndpoint: mail.endpoint });
  project.provide('endpoints', { s3: s3.endpoint, cognito: cognito.endpoint });
  project.provide('mailCatcher', mail.endpoint);
  return async () => {
    await cognito.stop();
    await mail.stop();
    await s3.stop();
  };
}
