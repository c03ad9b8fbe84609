import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './clients/dynamodb';

/** Every item a query selects, page after page. */
export const queryAll = async (tableName: string, input: Omit<QueryCommandInput, 'TableName'>) => {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(
      new QueryCommand({ ...input, TableName: tableName, ExclusiveStartKey: startKey }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
};

/**
 * Every item of one partition of the table or of an index; with `attributes`, only those of each item, so that a
 * read of thousands of items carries none of their keys and index attributes.
 */
export const queryPartition = (
  tableName: string,
  { index, partitionKey }: { index?: string; partitionKey: string },
  attributes?: readonly string[],
) =>
  queryAll(tableName, {
    IndexName: index,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: {
      '#pk': index ? `${index}PK` : 'PK',
      ...Object.fromEntries((attributes ?? []).map((name, position) => [`#a${position}`, name])),
    },
    ExpressionAttributeValues: { ':pk': partitionKey },
    ...(attributes && { ProjectionExpression: attributes.map((_, position) => `#a${position}`).join(', ') }),
  });
