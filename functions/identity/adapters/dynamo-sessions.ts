import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SessionStore } from '#domain/identity/session-ports';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { accountKeys, sessionKeys } from '#infra/definitions/school-table';

/**
 * Sessions in the school's table, one item each, gone by TTL when their refresh token would have expired. When
 * the account's sessions were ended is an attribute of the account item, which every signed-in request reads.
 */
export const dynamoSessions = (tableName: string): SessionStore => ({
  async create(session) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...sessionKeys.session(session.sessionId),
          ...session,
          expiresAtIso: session.expiresAt,
          expiresAt: Math.floor(Date.parse(session.expiresAt) / 1000),
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  },

  async find(sessionId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: sessionKeys.session(sessionId), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    return {
      sessionId,
      accountId: String(Item.accountId),
      nonceHash: String(Item.nonceHash),
      ...(Item.previousNonceHash && {
        previous: { nonceHash: String(Item.previousNonceHash), rotatedAt: String(Item.rotatedAt) },
      }),
      refreshToken: String(Item.refreshToken),
      startedAt: String(Item.startedAt),
      expiresAt: String(Item.expiresAtIso),
    };
  },

  async rotate(sessionId, currentHash, nextHash, at) {
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: sessionKeys.session(sessionId),
          UpdateExpression: 'SET nonceHash = :next, previousNonceHash = :current, rotatedAt = :at',
          ConditionExpression: 'nonceHash = :current',
          ExpressionAttributeValues: { ':current': currentHash, ':next': nextHash, ':at': at.toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },

  async remove(sessionId) {
    await documentClient.send(
      new DeleteCommand({ TableName: tableName, Key: sessionKeys.session(sessionId) }),
    );
  },

  async sessionsEndedAt(accountId) {
    const { Item } = await documentClient.send(
      new GetCommand({
        TableName: tableName,
        Key: accountKeys.account(accountId),
        ProjectionExpression: 'sessionsEndedAt',
        ConsistentRead: true,
      }),
    );
    return typeof Item?.sessionsEndedAt === 'number' ? Item.sessionsEndedAt : undefined;
  },

  async endSessionsOf(accountId, atSeconds) {
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: accountKeys.account(accountId),
          // Never moves back, and never creates an account item for an account the directory does not know.
          UpdateExpression: 'SET sessionsEndedAt = :at',
          ConditionExpression:
            'attribute_exists(PK) AND (attribute_not_exists(sessionsEndedAt) OR sessionsEndedAt < :at)',
          ExpressionAttributeValues: { ':at': atSeconds },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  },
});
