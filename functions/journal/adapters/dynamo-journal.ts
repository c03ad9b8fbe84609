import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Journal } from '#domain/journal/journal-entry';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { journalKeys } from '#infra/definitions/school-table';

export const dynamoJournal = (tableName: string): Journal => ({
  async appendOnce(entry) {
    try {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...journalKeys.entry(entry.occurredAt, entry.eventId), entity: 'journal-entry', ...entry },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  },
});
