import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { put, writeRequests } from '#functions/lib/write-requests';
import { toPlaceItem } from '#functions/places/adapters/place-item';
import { seedKeys } from '#infra/definitions/school-table';
import { demoPlaces } from './places/demo-places';

const seedVersion = 1;

/** Writes the demo school once: a marker item says it is done, so data changed by hand survives a restart. */
export const seedDemoSchool = async (client: DynamoDBClient, tableName: string) => {
  const documents = DynamoDBDocumentClient.from(client);
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: seedKeys.marker() }));
  if (Item) return { seeded: false, places: 0 };
  const items = demoPlaces().map(toPlaceItem);
  await writeRequests(tableName, items.map(put), { client: documents });
  await documents.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...seedKeys.marker(), seedVersion, seededAt: new Date().toISOString() },
    }),
  );
  return { seeded: true, places: items.length };
};
