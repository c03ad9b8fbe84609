import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const batchSize = 25;

/** Writes items 25 at a time, retrying what DynamoDB leaves unprocessed. */
export const writeItems = async (
  documents: DynamoDBDocumentClient,
  tableName: string,
  items: readonly Record<string, unknown>[],
) => {
  for (let start = 0; start < items.length; start += batchSize) {
    let requests = items.slice(start, start + batchSize).map((Item) => ({ PutRequest: { Item } }));
    while (requests.length > 0) {
      const { UnprocessedItems } = await documents.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
};
