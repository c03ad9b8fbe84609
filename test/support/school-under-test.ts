import { randomBytes } from 'node:crypto';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { localResourceNames } from '#infra/definitions/environment';
import { journalKeys } from '#infra/definitions/school-table';
import { createSchoolResources } from '#infra/local/create-school-resources';
import { localDynamoDbClient, localS3Client } from '#infra/local/local-aws';
import { runSchool } from '#infra/local/school-runtime';
import { ensureSchoolUserPool } from '#infra/local/school-user-pool';
import { demoPassword } from '#infra/local/seed/people/demo-people';
import { seedDemoPeople } from '#infra/local/seed/people/seed-demo-people';
import type { Tenant } from '#infra/tenants/tenant';
import { localEndpointsOfThisFile } from './file-dynamodb';
import { signIn as signInAt } from './sign-in';

/**
 * A fresh school of its own, run in this test file's process exactly as `npm start` runs one: its table and
 * buckets in the shared DynamoDB Local and s3rver, its user pool in cognito-local with the demo directory and its
 * accounts, its origin on a free port, its bus and handlers.
 * `request` goes out signed in as `signedInAs` (a demo username), or anonymous when it is undefined.
 */
export const startSchoolUnderTest = async (
  overrides: Partial<Tenant> = {},
  { signedInAs }: { signedInAs?: string } = {},
) => {
  const endpoints = await localEndpointsOfThisFile();
  const school: Tenant = {
    id: `test-${randomBytes(4).toString('hex')}`,
    displayName: 'École de test',
    kind: 'school',
    timeZone: 'Europe/Paris',
    locale: 'fr-FR',
    ...overrides,
  };
  const dynamodb = localDynamoDbClient(endpoints);
  const s3 = localS3Client(endpoints);
  await createSchoolResources(school.id, { dynamodb, s3 });
  const tableName = localResourceNames(school.id).table;
  const userPool = await ensureSchoolUserPool(endpoints.cognito, school.id);
  const { accounts: demoAccounts } = await seedDemoPeople(school, dynamodb, tableName, {
    endpoint: endpoints.cognito,
    userPoolId: userPool.userPoolId,
  });
  const running = await runSchool(
    { school, host: '127.0.0.1', port: 0, endpoints, userPool, webDirectory: '/nonexistent' },
    () => undefined,
  );
  const documents = DynamoDBDocumentClient.from(dynamodb);

  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${running.url}${path}`, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };

  /** Signs in through the API, as the web app does, and returns the access token. */
  const signIn = (username: string, password = demoPassword) => signInAt(running.url, username, password);

  /** Requests on behalf of one account: the token goes in the Authorization header. */
  const as = async (username: string) => {
    const token = await signIn(username);
    return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      send(method, path, body, { authorization: `Bearer ${token}`, ...headers });
  };

  const request = signedInAs ? await as(signedInAs) : send;

  return {
    school,
    url: running.url,
    tableName,
    documents,
    userPool,
    demoAccounts,
    request,
    anonymous: send,
    signIn,
    as,
    /** Waits until the bus has delivered every event put so far. */
    eventsDelivered: () => running.eventsDelivered(),
    deadLetters: running.bus.deadLetters,
    /** Puts an event on the school's bus, as a publisher's relay would. */
    putEvent: running.bus.put,
    journalOf: async (day: string) => {
      const { Items = [] } = await documents.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': journalKeys.day(day).PK },
        }),
      );
      return Items;
    },
    async stop() {
      await running.stop();
      dynamodb.destroy();
      s3.destroy();
    },
  };
};

export type SchoolUnderTest = Awaited<ReturnType<typeof startSchoolUnderTest>>;
