import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Muting, SenderGate } from '#domain/messaging/admit-sender';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { queryPartition } from '#functions/lib/query-all';
import { messagingRuleKeys } from '#infra/definitions/school-table';

const mutingOf = (item: Record<string, unknown>): Muting => ({
  personId: String(item.personId),
  mutedBy: String(item.mutedBy),
  mutedAt: String(item.mutedAt),
  ...(typeof item.reason === 'string' && { reason: item.reason }),
});

/** The gate of sending and the mutes, on the school's table. */
export const dynamoSenderGate = (tableName: string) => {
  const gate: SenderGate = {
    async muting(personId) {
      const { Item } = await documentClient.send(
        new GetCommand({
          TableName: tableName,
          Key: messagingRuleKeys.muted(personId),
          ConsistentRead: true,
        }),
      );
      return Item ? mutingOf(Item) : undefined;
    },
    async countSend(personId, hour, limit, expiresAt) {
      try {
        await documentClient.send(
          new UpdateCommand({
            TableName: tableName,
            Key: messagingRuleKeys.sendCounter(personId, hour),
            UpdateExpression: 'ADD #sent :one SET #expiresAt = :expiresAt, #entity = :entity',
            ConditionExpression: 'attribute_not_exists(#sent) OR #sent < :limit',
            ExpressionAttributeNames: { '#sent': 'sent', '#expiresAt': 'expiresAt', '#entity': 'entity' },
            ExpressionAttributeValues: {
              ':one': 1,
              ':limit': limit,
              ':expiresAt': expiresAt,
              ':entity': 'send-counter',
            },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },
  };
  return {
    ...gate,
    async mute(muting: Muting) {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...messagingRuleKeys.muted(muting.personId), entity: 'muting', ...muting },
        }),
      );
    },
    async unmute(personId: string) {
      await documentClient.send(
        new DeleteCommand({ TableName: tableName, Key: messagingRuleKeys.muted(personId) }),
      );
    },
    async mutings(): Promise<Muting[]> {
      return (await queryPartition(tableName, messagingRuleKeys.mutedPeople())).map(mutingOf);
    },
  };
};
export type MutingStore = ReturnType<typeof dynamoSenderGate>;
