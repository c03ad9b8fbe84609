import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ImportJob } from '../../../domain/imports/import-job';
import type { ImportJobStore } from '../../../domain/imports/import-jobs';
import { importKeys } from '../../../infra/definitions/school-table';
import { documentClient } from '../../lib/clients/dynamodb';
import { putVersionedWithEvents } from '../../lib/put-versioned-with-events';

const toItem = (job: ImportJob) => ({ ...importKeys.job(job.jobId), entity: 'import-job', ...job });

const fromItem = (item: Record<string, unknown>): ImportJob => {
  const { PK: _pk, SK: _sk, entity: _entity, ...job } = item;
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
