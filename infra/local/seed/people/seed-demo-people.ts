import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Person } from '#domain/people/person';
import { put, writeRequests } from '#functions/lib/write-requests';
import {
  directoryIndexItems,
  relationItems,
  toClassItem,
  toPersonItem,
} from '#functions/people/adapters/person-item';
import { reindexDirectory } from '#functions/people/adapters/reindex-directory';
import { accountKeys, seedKeys } from '#infra/definitions/school-table';
import type { Tenant } from '#infra/tenants/tenant';
import { localCognitoClient } from '../../school-user-pool';
import { type DemoAccount, demoDirectory, demoPassword } from './demo-people';

const seededAt = '2026-08-24T08:00:00.000Z';

/**
 * Writes the school's demo directory once (a marker says it is done) and gives the demo people their accounts in
 * the school's user pool, so that each profile's view can be tried at once.
 */
export const seedDemoPeople = async (
  school: Pick<Tenant, 'id' | 'kind'>,
  dynamodb: DynamoDBClient,
  tableName: string,
  identity: { endpoint: string; userPoolId: string },
) => {
  const documents = DynamoDBDocumentClient.from(dynamodb);
  const marker = seedKeys.part('people');
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: marker }));
  const directory = demoDirectory(school);
  if (Item) {
    await reindexOnce(documents, tableName);
    return { seeded: false, people: 0, accounts: directory.accounts };
  }

  const accountIds = await createAccounts(directory.accounts, identity);
  const people = directory.people.map((person) => withAccount(person, directory.accounts));
  const childrenOf = groupPairs(directory.guardianships);
  const classesOf = groupPairs(directory.teaching);
  await writeRequests(
    tableName,
    [
      ...directory.classes.map(toClassItem),
      ...people.map(toPersonItem),
      ...people.flatMap(directoryIndexItems),
      ...people.flatMap((person) =>
        relationItems(person, {
          childIds: childrenOf.get(person.personId),
          classIdsTaught: classesOf.get(person.personId),
        }),
      ),
      ...directory.accounts.flatMap(({ username, personId }, index) => [
        { ...accountKeys.username(username), entity: 'username', username, personId },
        {
          ...accountKeys.account(accountIds[index] as string),
          entity: 'account',
          accountId: accountIds[index],
          personId,
          username,
        },
      ]),
    ].map(put),
    { client: documents },
  );
  await documents.send(
    new PutCommand({ TableName: tableName, Item: { ...marker, seededAt: new Date().toISOString() } }),
  );
  await documents.send(new PutCommand({ TableName: tableName, Item: { ...indexMarker, at: seededAt } }));
  return { seeded: true, people: people.length, accounts: directory.accounts };
};

/** Marks a table whose people have their name-search and group-roster items (`reindexDirectory`). */
const indexMarker = seedKeys.part('directory-index');

/** A school seeded before the name search and group rosters had their items gets them once, at start. */
const reindexOnce = async (documents: DynamoDBDocumentClient, tableName: string) => {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: indexMarker }));
  if (Item) return;
  await reindexDirectory(tableName, { client: documents });
  await documents.send(
    new PutCommand({ TableName: tableName, Item: { ...indexMarker, at: new Date().toISOString() } }),
  );
};

const withAccount = (person: Person, accounts: readonly DemoAccount[]): Person => {
  const account = accounts.find(({ personId }) => personId === person.personId);
  return account ? { ...person, username: account.username, passwordSetAt: seededAt } : person;
};

const groupPairs = (pairs: readonly [string, string][]) => {
  const groups = new Map<string, string[]>();
  for (const [key, value] of pairs) groups.set(key, [...(groups.get(key) ?? []), value]);
  return groups;
};

/** The accounts and their sub; an account left by an earlier run whose table was wiped gets its password again. */
const createAccounts = async (
  accounts: readonly DemoAccount[],
  { endpoint, userPoolId }: { endpoint: string; userPoolId: string },
) => {
  const cognito = localCognitoClient(endpoint);
  try {
    const ids: string[] = [];
    for (const { username } of accounts) {
      ids.push(await createOrFind(cognito, userPoolId, username));
      await cognito.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: userPoolId,
          Username: username,
          Password: demoPassword,
          Permanent: true,
        }),
      );
    }
    return ids;
  } finally {
    cognito.destroy();
  }
};

const createOrFind = async (
  cognito: ReturnType<typeof localCognitoClient>,
  userPoolId: string,
  username: string,
) => {
  try {
    const { User } = await cognito.send(
      new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: username, MessageAction: 'SUPPRESS' }),
    );
    return subOf(User?.Attributes);
  } catch (error) {
    if (!(error instanceof UsernameExistsException) && (error as Error).name !== 'UsernameExistsException') {
      throw error;
    }
    const user = await cognito.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }));
    return subOf(user.UserAttributes);
  }
};

const subOf = (attributes: { Name?: string; Value?: string }[] | undefined) => {
  const sub = attributes?.find(({ Name }) => Name === 'sub')?.Value;
  if (!sub) throw new Error('cognito-local returned a user without a sub');
  return sub;
};
