import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient } from './clients/dynamodb';

export type WriteRequest =
  | { PutRequest: { Item: Record<string, unknown> } }
  | { DeleteRequest: { Key: Record<string, unknown> } };

export const put = (Item: Record<string, unknown>): WriteRequest => ({ PutRequest: { Item } });
export const remove = (Key: Record<string, unknown>): WriteRequest => ({ DeleteRequest: { Key } });

const batchSize = 25;
/** Batches in flight at once: enough to keep DynamoDB busy, few enough to stay under a Lambda's sockets. */
const concurrency = 8;

interface WriteOptions {
  onProgress?: (written: number, total: number) => Promise<void> | void;
  /** The local platform's seed writes with a client of its own; functions use theirs. */
  client?: DynamoDBDocumentClient;
}

/**
 * Writes puts and deletes 25 at a time, several batches at once, retrying what DynamoDB leaves unprocessed with
 * a growing pause. Not a transaction: callers write whole items keyed by stable ids, so running again is safe.
 */
export const writeRequests = async (
  tableName: string,
  requests: readonly WriteRequest[],
  { onProgress = () => undefined, client = documentClient }: WriteOptions = {},
) => {
  const batches: WriteRequest[][] = [];
  for (let start = 0; start < requests.length; start += batchSize) {
    batches.push(requests.slice(start, start + batchSize));
  }
  let written = 0;
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next] as WriteRequest[];
      next += 1;
      await writeBatch(client, tableName, batch);
      written += batch.length;
      await onProgress(written, requests.length);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { written: requests.length };
};

const writeBatch = async (client: DynamoDBDocumentClient, tableName: string, batch: WriteRequest[]) => {
  let pending = batch;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
    const { UnprocessedItems } = await client.send(
      new BatchWriteCommand({ RequestItems: { [tableName]: pending } }),
    );
    pending = (UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
  }
};
