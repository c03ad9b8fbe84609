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

/** Every item of one partition of the table or of an index. */
export const queryPartition = (
  tableName: string,
  { index, partitionKey }: { index?: string; partitionKey: string },
) =>
  queryAll(tableName, {
    IndexName: index,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': index ? `${index}PK` : 'PK' },
    ExpressionAttributeValues: { ':pk': partitionKey },
  });
