import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { UsernameOwners, UsernameRegistry } from '#domain/identity/identity-ports';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { accountKeys } from '#infra/definitions/school-table';

/** One item per username, written only if absent: the table, not Cognito, decides who gets `marie.dupont`. */
export const dynamoUsernames = (tableName: string): UsernameRegistry => ({
  async reserve(username, personId) {
    try {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...accountKeys.username(username), entity: 'username', username, personId },
          ConditionExpression: 'attribute_not_exists(PK) OR personId = :personId',
          ExpressionAttributeValues: { ':personId': personId },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },
});

/** The person a username was given to, read from its item. */
export const dynamoUsernameOwners = (tableName: string): UsernameOwners => ({
  async personIdOf(username) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: accountKeys.username(username) }),
    );
    return typeof Item?.personId === 'string' ? Item.personId : undefined;
  },
});
