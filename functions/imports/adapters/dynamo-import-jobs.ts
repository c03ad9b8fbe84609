import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ImportJob } from '#domain/imports/import-job';
import type { ImportJobStore } from '#domain/imports/import-jobs';
import type { ImportChunkStore } from '#domain/imports/run-import-chunk';
import type { OutgoingEvent } from '#events/envelope';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { putVersionedWithEvents } from '#functions/lib/put-versioned-with-events';
import { putWithEvents } from '#functions/lib/put-with-events';
import { failedOnCondition } from '#functions/lib/transaction-conditions';
import { importKeys } from '#infra/definitions/school-table';

const toItem = (job: ImportJob) => ({ ...importKeys.job(job.jobId), entity: 'import-job', ...job });

/** `chunksDone`: the set of an apply's chunks already counted, which the job's answer does not show. */
const fromItem = (item: Record<string, unknown>): ImportJob => {
  const { PK: _pk, SK: _sk, entity: _entity, chunksDone: _chunksDone, ...job } = item;
  return job as unknown as ImportJob;
};

export const dynamoImportJobs = (
  tableName: string,
): ImportJobStore & { save(job: ImportJob): Promise<void> } => ({
  async get(jobId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: importKeys.job(jobId), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  },

  async add(job) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: toItem(job),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  },

  async replace(job, expectedVersion, events) {
    await putVersionedWithEvents(
      tableName,
      { item: toItem(job), expectedVersion, resource: 'import', id: job.jobId },
      events,
    );
  },

  /** The runner's progress and results: it alone writes the job while it runs. */
  async save(job) {
    await documentClient.send(new PutCommand({ TableName: tableName, Item: toItem(job) }));
  },
});

/** Where an apply's chunks are counted, each once, with DynamoDB's own conditions and counters. */
export const dynamoImportChunks = (
  tableName: string,
  chunkRequest: (job: ImportJob, run: number, chunk: number) => OutgoingEvent,
): Pick<ImportJobStore, 'get'> & ImportChunkStore & { startChunks(job: ImportJob): Promise<void> } => {
  const jobs = dynamoImportJobs(tableName);
  const stillApplying = (run: number) => ({
    ConditionExpression: '#status = :applying AND #chunks.#run = :run',
    names: { '#status': 'status', '#chunks': 'chunks', '#run': 'run' },
    values: { ':applying': 'applying', ':run': run },
  });
  const endIfApplying = async (
    job: ImportJob,
    set: string,
    values: Record<string, unknown>,
    names: Record<string, string> = {},
  ) => {
    const run = job.chunks?.run ?? -1;
    const condition = stillApplying(run);
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: importKeys.job(job.jobId),
          UpdateExpression: `SET ${set} ADD #version :one`,
          ConditionExpression: condition.ConditionExpression,
          ExpressionAttributeNames: { ...condition.names, ...names, '#version': 'version' },
          ExpressionAttributeValues: { ...condition.values, ...values, ':one': 1 },
        }),
      );
    } catch (error) {
      // Already ended (applied by a chunk delivered twice, failed, or applied again since): nothing to change.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  };
  return {
    get: jobs.get,

    /** The job with its counters at their start, and the request for its first chunk, together. */
    async startChunks(job) {
      const run = job.chunks?.run ?? job.version;
      await putWithEvents(tableName, { Item: toItem(job) }, [chunkRequest(job, run, 0)]);
    },

    async recordChunk(job, chunk, { summary, writes }) {
      const { run, total } = job.chunks;
      const condition = stillApplying(run);
      const counters = Object.keys(summary).filter((key) => key !== 'unchanged');
      const next = chunk + 1 < total ? [chunkRequest(job, run, chunk + 1)] : [];
      try {
        await documentClient.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: tableName,
                  Key: importKeys.job(job.jobId),
                  UpdateExpression: `ADD #chunksDone :chunk, #chunks.#done :one, #progress.#done :writes, #version :one, ${counters
                    .map((key) => `#summary.#${key} :${key}`)
                    .join(', ')}`,
                  ConditionExpression: `${condition.ConditionExpression} AND NOT contains(#chunksDone, :index)`,
                  ExpressionAttributeNames: {
                    ...condition.names,
                    '#chunksDone': 'chunksDone',
                    '#done': 'done',
                    '#progress': 'progress',
                    '#version': 'version',
                    '#summary': 'summary',
                    ...Object.fromEntries(counters.map((key) => [`#${key}`, key])),
                  },
                  ExpressionAttributeValues: {
                    ...condition.values,
                    ':chunk': new Set([chunk]),
                    ':index': chunk,
                    ':one': 1,
                    ':writes': writes,
                    ...Object.fromEntries(
                      counters.map((key) => [`:${key}`, summary[key as keyof typeof summary] ?? 0]),
                    ),
                  },
                },
              },
              ...next.map((event) => ({
                Put: { TableName: tableName, Item: toOutboxItem(event, new Date()) },
              })),
            ],
          }),
        );
        return true;
      } catch (error) {
        if (failedOnCondition(error)) return false;
        throw error;
      }
    },

    markApplied: (job) => endIfApplying(job, '#status = :applied', { ':applied': 'applied' }),

    markFailed: (job, reason, failure) =>
      endIfApplying(
        job,
        '#status = :failed, #error = :reason, #failure = :failure',
        { ':failed': 'failed', ':reason': reason, ':failure': failure },
        { '#error': 'error', '#failure': 'failure' },
      ),
  };
};
