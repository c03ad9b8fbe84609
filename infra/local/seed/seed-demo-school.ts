import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { toPlaceItem } from '../../../functions/places/adapters/place-item';
import { seedKeys } from '../../definitions/school-table';
import { demoPlaces } from './demo-places';

const seedVersion = 1;
const batchSize = 25;

/** Writes the demo school once: a marker item says it is done, so data changed by hand survives a restart. */
export const seedDemoSchool = async (client: DynamoDBClient, tableName: string) => {
  const documents = DynamoDBDocumentClient.from(client);
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: seedKeys.marker() }));
  if (Item) return { seeded: false, places: 0 };
  const items = demoPlaces().map(toPlaceItem);
  for (let start = 0; start < items.length; start += batchSize) {
    await writeBatch(documents, tableName, items.slice(start, start + batchSize));
  }
  await documents.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...seedKeys.marker(), seedVersion, seededAt: new Date().toISOString() },
    }),
  );
  return { seeded: true, places: items.length };
};

const writeBatch = async (
  documents: DynamoDBDocumentClient,
  tableName: string,
  items: Record<string, unknown>[],
) => {
  let requests = items.map((item) => ({ PutRequest: { Item: item } }));
  while (requests.length > 0) {
    const { UnprocessedItems } = await documents.send(
      new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
    );
    requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
  }
};
