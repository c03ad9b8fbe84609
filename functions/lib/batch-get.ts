import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './clients/dynamodb';

/** DynamoDB's limit on the keys of one BatchGetItem. */
const batchGetLimit = 100;

/**
 * The items of many keys, 100 keys a call, retrying what DynamoDB leaves unprocessed; absent keys give nothing.
 * A projection reads only some attributes of each item.
 */
export const batchGet = async (
  tableName: string,
  keys: readonly Record<string, string>[],
  {
    consistent = false,
    ProjectionExpression,
    ExpressionAttributeNames,
  }: {
    consistent?: boolean;
    ProjectionExpression?: string;
    ExpressionAttributeNames?: Record<string, string>;
  } = {},
) => {
  const items: Record<string, unknown>[] = [];
  for (let start = 0; start < keys.length; start += batchGetLimit) {
    let pending: Record<string, unknown>[] | undefined = keys.slice(start, start + batchGetLimit);
    for (let attempt = 0; pending && pending.length > 0; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
      const result: BatchGetCommandOutput = await documentClient.send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: {
              Keys: pending,
              ConsistentRead: consistent,
              ProjectionExpression,
              ExpressionAttributeNames,
            },
          },
        }),
      );
      items.push(...(result.Responses?.[tableName] ?? []));
      pending = result.UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return items;
};
