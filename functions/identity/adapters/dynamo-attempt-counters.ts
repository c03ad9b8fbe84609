import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { attemptWindow } from '../../../domain/identity/attempt-limits';
import type { AttemptCounter } from '../../../domain/identity/session-ports';
import { sessionKeys } from '../../../infra/definitions/school-table';
import { documentClient } from '../../lib/clients/dynamodb';

/**
 * Attempt counters in the school's table: one item per key and fixed window, counted by a conditional update
 * (never read then written), gone by TTL a window after their own ended.
 */
export const dynamoAttemptCounters = (tableName: string): AttemptCounter => ({
  async take(limit, key, now) {
    const window = attemptWindow(limit, now);
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: sessionKeys.attempts(limit.kind, key, window.start),
          UpdateExpression: 'ADD attempts :one SET expiresAt = :expiresAt',
          ConditionExpression: 'attribute_not_exists(attempts) OR attempts < :max',
          ExpressionAttributeValues: {
            ':one': 1,
            ':max': limit.max,
            ':expiresAt': window.start + 2 * limit.windowSeconds,
          },
        }),
      );
      return { counted: { limit, key, windowStart: window.start } };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return { retryAfterSeconds: window.secondsLeft };
      throw error;
    }
  },

  async giveBack({ limit, key, windowStart }) {
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: sessionKeys.attempts(limit.kind, key, windowStart),
          UpdateExpression: 'ADD attempts :minusOne',
          ConditionExpression: 'attempts > :zero',
          ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
        }),
      );
    } catch (error) {
      // A reset of the same key (a sign-in that succeeded meanwhile) already cleared it.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  },

  async reset({ limit, key, windowStart }) {
    await documentClient.send(
      new DeleteCommand({ TableName: tableName, Key: sessionKeys.attempts(limit.kind, key, windowStart) }),
    );
  },
});
