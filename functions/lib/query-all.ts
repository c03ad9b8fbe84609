import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './clients/dynamodb';

/** Every item of one partition of the table or of an index, page after page. */
export const queryPartition = async (
  tableName: string,
  { index, partitionKey }: { index?: string; partitionKey: string },
  extra: Omit<QueryCommandInput, 'TableName' | 'IndexName' | 'KeyConditionExpression'> = {},
) => {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(
      new QueryCommand({
        ...extra,
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { ...extra.ExpressionAttributeNames, '#pk': index ? `${index}PK` : 'PK' },
        ExpressionAttributeValues: { ...extra.ExpressionAttributeValues, ':pk': partitionKey },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
};
