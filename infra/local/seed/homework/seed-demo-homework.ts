import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { firstEntryItems } from '#functions/homework/adapters/dynamo-homework';
import { put, writeRequests } from '#functions/lib/write-requests';
import { seedKeys } from '#infra/definitions/school-table';
import type { Tenant } from '#infra/tenants/tenant';
import { demoHomework } from './demo-homework';

/** Writes a few sessions of the demo book once, around the day it is first started: entries edited by hand stay. */
export const seedDemoHomework = async (
  school: Pick<Tenant, 'id' | 'kind' | 'timeZone'>,
  dynamodb: DynamoDBClient,
  tableName: string,
) => {
  const documents = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const marker = seedKeys.part('homework');
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: marker }));
  if (Item) return { seeded: false, sessions: 0 };
  const entries = demoHomework(school, todayInZone(new Date(), school.timeZone));
  await writeRequests(tableName, entries.flatMap(firstEntryItems).map(put), { client: documents });
  await documents.send(
    new PutCommand({ TableName: tableName, Item: { ...marker, seededAt: new Date().toISOString() } }),
  );
  return { seeded: true, sessions: entries.length };
};
