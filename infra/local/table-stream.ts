import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
import { localCredentials, localRegion } from './dynamodb-local';
import { matchesEventPattern } from './event-pattern';

export interface TableStreamOptions {
  endpoint: string;
  tableName: string;
  /** Lambda event filtering: the pattern a record must match to reach the consumer. */
  filter: Record<string, unknown>;
  consume(records: DynamoDBRecord[]): Promise<void>;
  log(line: string): void;
  intervalMs?: number;
}

/**
 * What Lambda's event source mapping does for a table's stream, on DynamoDB Local: read every shard in order,
 * keep the records the filter lets through, hand them to the consumer in batches, and retry a failed batch.
 * It starts at the stream's end: what was written while the platform was stopped is not replayed.
 */
export const startTableStream = async (options: TableStreamOptions) => {
  const config = { endpoint: options.endpoint, region: localRegion, credentials: localCredentials };
  const tables = new DynamoDBClient(config);
  const streams = new DynamoDBStreamsClient(config);
  const { Table } = await tables.send(new DescribeTableCommand({ TableName: options.tableName }));
  tables.destroy();
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${options.tableName} has no stream`);

  const iterators = new Map<string, string>();
  const startShards = async (position: 'LATEST' | 'TRIM_HORIZON') => {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId as string;
      if (iterators.has(shardId) || finished.has(shardId)) continue;
      const isOpen = !shard.SequenceNumberRange?.EndingSequenceNumber;
      if (position === 'LATEST' && !isOpen) continue;
      const { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: position }),
      );
      if (ShardIterator) iterators.set(shardId, ShardIterator);
    }
  };
  const finished = new Set<string>();
  await startShards('LATEST');

  /** Reads every shard once; says whether it found anything. */
  const pollOnce = async () => {
    await startShards('TRIM_HORIZON');
    let found = false;
    for (const [shardId, iterator] of iterators) {
      const { Records = [], NextShardIterator } = await streams.send(
        new GetRecordsCommand({ ShardIterator: iterator }),
      );
      const selected = Records.map((record) => toLambdaRecord(record, streamArn)).filter((record) =>
        matchesEventPattern(options.filter, record as unknown as Record<string, unknown>),
      );
      if (selected.length > 0) {
        found = true;
        await consumeWithRetries(options, selected);
      }
      if (NextShardIterator) iterators.set(shardId, NextShardIterator);
      else {
        iterators.delete(shardId);
        finished.add(shardId);
      }
    }
    return found;
  };

  let stopped = false;
  let pollsStarted = 0;
  let waiting: { after: number; resolve: () => void }[] = [];
  const loop = (async () => {
    while (!stopped) {
      const poll = ++pollsStarted;
      const found = await pollOnce().catch((error) => {
        options.log(`stream of ${options.tableName}: ${error}`);
        return true;
      });
      if (!found) {
        // Only a read that started after the caller asked proves that what it wrote before was handled.
        for (const waiter of waiting.filter(({ after }) => after < poll)) waiter.resolve();
        waiting = waiting.filter(({ after }) => after >= poll);
      }
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
    }
  })();

  return {
    /** Resolves after a full read of the stream that found nothing new: every record written before was handled. */
    drained: () => new Promise<void>((resolve) => waiting.push({ after: pollsStarted, resolve })),
    async stop() {
      stopped = true;
      await loop;
      streams.destroy();
    },
  };
};

const consumeWithRetries = async (options: TableStreamOptions, records: DynamoDBRecord[], attempts = 3) => {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      return await options.consume(records);
    } catch (error) {
      if (attempt === attempts)
        options.log(`stream consumer failed ${attempts} times, records dropped: ${error}`);
      else await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
};

/** A stream record as Lambda hands it to a function: the SDK's record with epoch seconds and the stream ARN. */
const toLambdaRecord = (record: StreamRecord, streamArn: string): DynamoDBRecord =>
  ({
    ...record,
    eventSourceARN: streamArn,
    dynamodb: {
      ...record.dynamodb,
      ApproximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime
        ? Math.floor(record.dynamodb.ApproximateCreationDateTime.getTime() / 1000)
        : undefined,
    },
  }) as DynamoDBRecord;
