import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { put, writeRequests } from '#functions/lib/write-requests';
import { copyItem, noteItem } from '#functions/messaging/adapters/dynamo-liaison';
import { seedKeys } from '#infra/definitions/school-table';
import type { Tenant } from '#infra/tenants/tenant';
import { demoDirectory } from '../people/demo-people';
import { demoLiaisonNotes } from './demo-liaison-notes';

/** Writes the demo liaison notes once: signatures given by hand survive a restart. */
export const seedDemoLiaisonNotes = async (
  school: Pick<Tenant, 'id' | 'kind'>,
  dynamodb: DynamoDBClient,
  tableName: string,
) => {
  const documents = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const marker = seedKeys.part('liaison-notes');
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: marker }));
  if (Item) return { seeded: false, notes: 0 };
  const notes = demoLiaisonNotes(demoDirectory(school), new Date());
  const items = notes.flatMap(({ note, copies }) => [noteItem(note), ...copies.map(copyItem)]);
  await writeRequests(tableName, items.map(put), { client: documents });
  await documents.send(
    new PutCommand({ TableName: tableName, Item: { ...marker, seededAt: new Date().toISOString() } }),
  );
  return { seeded: true, notes: notes.length };
};
