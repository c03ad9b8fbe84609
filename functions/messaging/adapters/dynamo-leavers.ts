import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LeaversPorts } from '#domain/messaging/expire-leavers';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { queryAll } from '#functions/lib/query-all';
import {
  auditKeys,
  liaisonKeys,
  messageKeys,
  messagingRuleKeys,
  notificationKeys,
} from '#infra/definitions/school-table';

/**
 * The leavers' job on the school's table: the audit trail's `person.retired` index, then the person's partitions
 * (inbox, notifications), their liaison copies by the index of the notes they received, their digest's items.
 */
export const dynamoLeavers = (tableName: string): Omit<LeaversPorts, 'clock'> => {
  const expire = async (key: Record<string, unknown>, expiresAt: number) => {
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: key,
          UpdateExpression: 'SET expiresAt = :at',
          ConditionExpression:
            'attribute_exists(PK) AND (attribute_not_exists(expiresAt) OR expiresAt > :at)',
          ExpressionAttributeValues: { ':at': expiresAt },
        }),
      );
      return 1;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 0;
      throw error;
    }
  };

  return {
    cursor: {
      async read() {
        const { Item } = await documentClient.send(
          new GetCommand({
            TableName: tableName,
            Key: messagingRuleKeys.leaversCursor(),
            ConsistentRead: true,
          }),
        );
        return typeof Item?.after === 'string' ? Item.after : undefined;
      },
      async save(after) {
        await documentClient.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...messagingRuleKeys.leaversCursor(), entity: 'leavers-cursor', after },
          }),
        );
      },
    },
    async leaversAfter(after) {
      const { index, partitionKey } = auditKeys.ofAction('person.retired');
      const items = await queryAll(tableName, {
        IndexName: index,
        KeyConditionExpression: after ? '#pk = :pk AND #sk > :after' : '#pk = :pk',
        ExpressionAttributeNames: { '#pk': `${index}PK`, ...(after && { '#sk': `${index}SK` }) },
        ExpressionAttributeValues: { ':pk': partitionKey, ...(after && { ':after': after }) },
      });
      return items.map((item) => ({ personId: String(item.subjectId), at: String(item[`${index}SK`]) }));
    },
    async expireMessagingDataOf(personId, expiresAt) {
      const { index, partitionKey } = liaisonKeys.receivedBy(personId);
      const [copies, liaisonCopies, notifications, digest] = await Promise.all([
        // Their copies of messages.
        queryAll(tableName, {
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': messageKeys.inbox(personId) },
          ProjectionExpression: 'PK, SK',
        }),
        // A guardian's copies of liaison notes (their signatures), by the index of the notes they received.
        queryAll(tableName, {
          IndexName: index,
          KeyConditionExpression: `${index}PK = :pk`,
          ExpressionAttributeValues: { ':pk': partitionKey },
          ProjectionExpression: 'PK, SK',
        }),
        // Their notifications: the feed, its unread count, their choices and push subscriptions.
        queryAll(tableName, {
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': notificationKeys.person(personId) },
          ProjectionExpression: 'PK, SK',
        }),
        // What waits for their daily digest.
        queryAll(tableName, {
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :person)',
          ExpressionAttributeValues: { ':pk': notificationKeys.digestPartition, ':person': `${personId}#` },
          ProjectionExpression: 'PK, SK',
        }),
      ]);
      let written = 0;
      for (const key of [
        ...copies,
        messagingRuleKeys.muted(personId),
        ...liaisonCopies,
        ...notifications,
        ...digest,
      ])
        written += await expire({ PK: key.PK, SK: key.SK }, expiresAt);
      return written;
    },
  };
};
