import { Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { functionEnvironment } from '#infra/definitions/environment';
import { queueUrlVariable } from '#infra/definitions/queues';
import type { FunctionNeeds } from '#infra/definitions/routes/index';
import type { FeedKeys } from './feed-keys';
import { acknowledge, wildcardResourceFinding } from './nag';
import type { PreauFunction } from './preau-function';
import type { SchoolIdentity } from './school-identity';
import type { SchoolNotifications } from './school-notifications';

export interface SchoolResources {
  table: ITable;
  bus: IEventBus;
  documents: IBucket;
  site: IBucket;
  identity: SchoolIdentity;
  feedKeys: FeedKeys;
  /** The school's work queues, by name (`infra/definitions/queues.ts`). */
  queues: ReadonlyMap<string, IQueue>;
  notifications: SchoolNotifications;
  /** The school's origin secret, as the dynamic reference CloudFormation resolves (`OriginVerify`). */
  originVerify: string;
}

const bucketActions = {
  read: ['s3:GetObject'],
  readWrite: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
} as const;

/**
 * Gives a function what its `needs` ask for and nothing else: each resource's name in its environment, with the
 * grant that goes with it. A handler that reads a name it did not declare fails at cold start, loudly.
 */
export const bindNeeds = (fn: PreauFunction, needs: FunctionNeeds, resources: SchoolResources) => {
  if (needs.table) bindTable(fn, resources.table, needs.table);
  if (needs.bus) bindBus(fn, resources.bus);
  if (needs.documents)
    bindBucket(fn, resources.documents, functionEnvironment.documentsBucket, needs.documents);
  if (needs.site) bindBucket(fn, resources.site, functionEnvironment.siteBucket, needs.site);
  if (needs.identity) bindIdentity(fn, resources.identity, needs.identity);
  if (needs.feeds) bindFeedKeys(fn, resources.feedKeys);
  for (const name of needs.queues ?? []) bindQueue(fn, name, resources.queues);
  if (needs.notify) bindNotifications(fn, resources.notifications, needs.notify);
  if (needs.viewerAddress) fn.lambda.addEnvironment(functionEnvironment.originVerify, resources.originVerify);
};

/** A queue's URL, and the right to send to it (and to use its encryption key, SQS-managed here). */
const bindQueue = (fn: PreauFunction, name: string, queues: ReadonlyMap<string, IQueue>) => {
  const queue = queues.get(name);
  if (!queue) throw new Error(`No queue ${name}: declare it in a module's bus file (queues)`);
  fn.lambda.addEnvironment(queueUrlVariable(name), queue.queueUrl);
  queue.grantSendMessages(fn.lambda);
};

/**
 * Sending (`send`, `mail`): the school's address and configuration set, and SES's SendEmail from that address
 * only; `send` and `push-key`: the secret of the school's VAPID keys (pushes are signed with the private key,
 * browsers subscribe with the public).
 */
const bindNotifications = (
  fn: PreauFunction,
  notifications: SchoolNotifications,
  access: 'send' | 'mail' | 'push-key',
) => {
  if (access !== 'mail') {
    fn.lambda.addEnvironment(functionEnvironment.pushKeysSecret, notifications.pushKeys.secretName);
    notifications.pushKeys.grantRead(fn.lambda);
    acknowledge(
      fn,
      wildcardResourceFinding(fn, `${notifications.pushKeys.secretArn}-??????`),
      'A secret named by the stack gets a random suffix from Secrets Manager: the wildcard covers that suffix only.',
    );
  }
  if (access === 'push-key' || !notifications.mailFrom) return;
  const { mailFrom, configurationSet } = notifications;
  fn.lambda.addEnvironment(functionEnvironment.mailFrom, mailFrom);
  fn.lambda.addEnvironment(functionEnvironment.mailConfigurationSet, configurationSet.configurationSetName);
  const stack = Stack.of(fn);
  const domain = mailFrom.split('@')[1];
  fn.lambda.addToRolePolicy(
    new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [
        stack.formatArn({ service: 'ses', resource: 'identity', resourceName: mailFrom }),
        stack.formatArn({ service: 'ses', resource: 'identity', resourceName: domain }),
        stack.formatArn({
          service: 'ses',
          resource: 'configuration-set',
          resourceName: configurationSet.configurationSetName,
        }),
      ],
      conditions: { StringEquals: { 'ses:FromAddress': mailFrom } },
    }),
  );
};

/** The id of the key that signs feed links, and read access to its private key's secret. */
const bindFeedKeys = (fn: PreauFunction, keys: FeedKeys) => {
  if (keys.activeKey) fn.lambda.addEnvironment(functionEnvironment.feedKeyPairId, keys.activeKey.publicKeyId);
  fn.lambda.addEnvironment(functionEnvironment.feedSigningKeySecret, keys.secret.secretName);
  keys.secret.grantRead(fn.lambda);
  acknowledge(
    fn,
    wildcardResourceFinding(fn, `${keys.secret.secretArn}-??????`),
    'A secret named by the stack gets a random suffix from Secrets Manager: the wildcard covers that suffix only.',
  );
};

/**
 * Admin calls the activation makes, and the password reset (which writes the directory's e-mail on the account);
 * signing in and out, asking for a reset code and confirming it, with the web client, need no IAM permission.
 */
const accountActions = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminSetUserPassword',
  'cognito-idp:AdminDeleteUser',
  'cognito-idp:AdminUpdateUserAttributes',
  // The account's `sub` for its username: a new password ends the account's sessions, kept under that id.
  'cognito-idp:AdminGetUser',
];

const bindIdentity = (fn: PreauFunction, identity: SchoolIdentity, access: 'sessions' | 'accounts') => {
  fn.lambda.addEnvironment(functionEnvironment.userPoolClientId, identity.webClient.userPoolClientId);
  if (access === 'sessions') return;
  fn.lambda.addEnvironment(functionEnvironment.userPoolId, identity.userPool.userPoolId);
  fn.lambda.addToRolePolicy(
    new PolicyStatement({ actions: accountActions, resources: [identity.userPool.userPoolArn] }),
  );
};

const bindTable = (fn: PreauFunction, table: ITable, access: 'read' | 'readWrite') => {
  fn.lambda.addEnvironment(functionEnvironment.tableName, table.tableName);
  if (access === 'read') table.grantReadData(fn.lambda);
  else table.grantReadWriteData(fn.lambda);
  acknowledge(
    fn,
    wildcardResourceFinding(fn, `${table.tableArn}/index/*`),
    "Queries by the school table's global secondary indexes: the wildcard covers the indexes of this table only.",
  );
};

const bindBus = (fn: PreauFunction, bus: IEventBus) => {
  fn.lambda.addEnvironment(functionEnvironment.busName, bus.eventBusName);
  bus.grantPutEventsTo(fn.lambda);
};

const bindBucket = (fn: PreauFunction, bucket: IBucket, variable: string, access: 'read' | 'readWrite') => {
  fn.lambda.addEnvironment(variable, bucket.bucketName);
  const objects = bucket.arnForObjects('*');
  fn.lambda.addToRolePolicy(
    new PolicyStatement({ actions: [...bucketActions[access]], resources: [objects] }),
  );
  // Without ListBucket, reading a missing key answers 403 instead of 404.
  fn.lambda.addToRolePolicy(
    new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
  );
  acknowledge(
    fn,
    wildcardResourceFinding(fn, objects),
    'Object keys are chosen at run time (one per document); the wildcard covers the objects of this bucket only.',
  );
};
