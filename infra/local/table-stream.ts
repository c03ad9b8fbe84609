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
import { withRetries } from './with-retries';

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
  const finished = new Set<string>();
  // Shards change only when one closes (its children then open): describe the stream again only then.
  let shardsChanged = false;
  const startShards = async (position: 'LATEST' | 'TRIM_HORIZON') => {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId as string;
      if (iterators.has(shardId) || finished.has(shardId)) continue;
      const isOpen = !shard.SequenceNumberRange?.EndingSequenceNumber;
      // At start, a closed shard holds only what came before: it is done, never to be read from its start later.
      if (position === 'LATEST' && !isOpen) {
        finished.add(shardId);
        continue;
      }
      const { ShardIterator } = await streams.send(
        new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: position }),
      );
      if (ShardIterator) iterators.set(shardId, ShardIterator);
    }
  };
  await startShards('LATEST');

  /** Reads every shard once; says whether it found anything. */
  const pollOnce = async () => {
    if (shardsChanged || iterators.size === 0) {
      shardsChanged = false;
      await startShards('TRIM_HORIZON');
    }
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
        // The shard closed: its children, not read yet, may hold what was written since. Not drained yet.
        iterators.delete(shardId);
        finished.add(shardId);
        shardsChanged = true;
        found = true;
      }
    }
    return found;
  };

  let stopped = false;
  let pollsStarted = 0;
  let emptyPolls = 0;
  /** How many reads found something: a caller compares it before and after waiting, to know whether work went on. */
  let recordsSeen = 0;
  let waiting: { after: number; resolve: () => void }[] = [];
  const loop = (async () => {
    while (!stopped) {
      const poll = ++pollsStarted;
      const found = await pollOnce().catch((error) => {
        options.log(`stream of ${options.tableName}: ${error}`);
        return true;
      });
      if (found) {
        recordsSeen += 1;
        emptyPolls = 0;
      } else emptyPolls += 1;
      // Only reads that started after the caller asked prove that what it wrote before was handled; two empty reads
      // in a row, as DynamoDB Local may show a record in its stream a moment after the write returned.
      if (emptyPolls >= 2) {
        for (const waiter of waiting.filter(({ after }) => after < poll - 1)) waiter.resolve();
        waiting = waiting.filter(({ after }) => after >= poll - 1);
      }
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
    }
  })();

  return {
    /** Resolves after a full read of the stream that found nothing new: every record written before was handled. */
    drained: () => new Promise<void>((resolve) => waiting.push({ after: pollsStarted, resolve })),
    /** How many reads found records so far. */
    activity: () => recordsSeen,
    async stop() {
      stopped = true;
      await loop;
      streams.destroy();
    },
  };
};

const consumeWithRetries = async (options: TableStreamOptions, records: DynamoDBRecord[]) => {
  const error = await withRetries(() => options.consume(records), 3, 200);
  if (error !== undefined) options.log(`stream consumer failed 3 times, records dropped: ${error}`);
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
