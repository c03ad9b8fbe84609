import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AttemptCounter, AttemptLimit } from '#domain/identity/session-ports';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { sessionKeys } from '#infra/definitions/school-table';

const failedCondition = (error: unknown) => error instanceof ConditionalCheckFailedException;

/**
 * Attempt counters in the school's table: one item per key, its count and when its window closes, changed only by
 * conditional writes (never read then written), gone by TTL a window after it closed.
 */
export const dynamoAttemptCounters = (tableName: string): AttemptCounter => {
  const keyOf = (limit: AttemptLimit, key: string) => sessionKeys.attempts(limit.kind, key);

  /** Counts one more in the open window, if it has room. */
  const countInOpenWindow = async (limit: AttemptLimit, key: string, nowSeconds: number) => {
    try {
      const { Attributes } = await documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keyOf(limit, key),
          UpdateExpression: 'ADD attempts :one',
          ConditionExpression: 'windowEndsAt > :now AND attempts < :max',
          ExpressionAttributeValues: { ':one': 1, ':now': nowSeconds, ':max': limit.max },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Number(Attributes?.windowEndsAt);
    } catch (error) {
      if (failedCondition(error)) return undefined;
      throw error;
    }
  };

  /** Opens a new window with this attempt, if none is open. */
  const openWindow = async (limit: AttemptLimit, key: string, nowSeconds: number) => {
    const windowEndsAt = nowSeconds + limit.windowSeconds;
    try {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keyOf(limit, key),
            attempts: 1,
            windowEndsAt,
            expiresAt: windowEndsAt + limit.windowSeconds,
          },
          ConditionExpression: 'attribute_not_exists(PK) OR windowEndsAt <= :now',
          ExpressionAttributeValues: { ':now': nowSeconds },
        }),
      );
      return windowEndsAt;
    } catch (error) {
      if (failedCondition(error)) return undefined;
      throw error;
    }
  };

  return {
    async take(limit, key, now) {
      const nowSeconds = Math.floor(now.getTime() / 1000);
      // Each turn loses only to a concurrent write; a few turns settle it, and a crowd is refused on the safe side.
      for (let turn = 0; turn < 5; turn++) {
        const counted =
          (await countInOpenWindow(limit, key, nowSeconds)) ?? (await openWindow(limit, key, nowSeconds));
        if (counted !== undefined) return { counted: { limit, key, windowEndsAt: counted } };
        const { Item } = await documentClient.send(
          new GetCommand({ TableName: tableName, Key: keyOf(limit, key), ConsistentRead: true }),
        );
        const windowEndsAt = Number(Item?.windowEndsAt);
        if (windowEndsAt > nowSeconds && Number(Item?.attempts) >= limit.max) {
          return { retryAfterSeconds: windowEndsAt - nowSeconds };
        }
      }
      return { retryAfterSeconds: limit.windowSeconds };
    },

    async giveBack({ limit, key, windowEndsAt }) {
      try {
        await documentClient.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keyOf(limit, key),
            UpdateExpression: 'ADD attempts :minusOne',
            ConditionExpression: 'windowEndsAt = :window AND attempts > :zero',
            ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0, ':window': windowEndsAt },
          }),
        );
      } catch (error) {
        // The window closed, or a successful sign-in reset the key meanwhile: nothing to give back.
        if (!failedCondition(error)) throw error;
      }
    },

    async reset({ limit, key, windowEndsAt }) {
      try {
        await documentClient.send(
          new DeleteCommand({
            TableName: tableName,
            Key: keyOf(limit, key),
            ConditionExpression: 'windowEndsAt = :window',
            ExpressionAttributeValues: { ':window': windowEndsAt },
          }),
        );
      } catch (error) {
        if (!failedCondition(error)) throw error;
      }
    },
  };
};
