import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { type ActivationStore, CodeAlreadyUsedError } from '#domain/identity/identity-ports';
import { auditItemsOfChanges } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { failedOnCondition } from '#functions/lib/transaction-conditions';
import { stillAtVersion } from '#functions/lib/version-condition';
import { toChangeItem } from '#functions/people/adapters/change-item';
import { toPersonItem } from '#functions/people/adapters/person-item';
import { accountKeys } from '#infra/definitions/school-table';

export const dynamoActivationStore = (tableName: string): ActivationStore => ({
  async findCode(codeHash) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: accountKeys.code(codeHash), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    return {
      codeHash,
      personId: String(Item.personId),
      batchId: String(Item.batchId),
      issuedAt: String(Item.issuedAt),
      expiresAt: String(Item.expiresAtIso),
    };
  },

  async completeActivation({ codeHash, person, expectedVersion, newAccount, change }) {
    const audit = await auditItemsOfChanges(tableName, [change]);
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: tableName,
                Key: accountKeys.code(codeHash),
                ConditionExpression: 'attribute_exists(PK)',
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: toPersonItem(person),
                ...stillAtVersion(expectedVersion),
              },
            },
            ...(newAccount
              ? [
                  {
                    Put: {
                      TableName: tableName,
                      Item: {
                        ...accountKeys.account(newAccount.accountId),
                        entity: 'account',
                        accountId: newAccount.accountId,
                        personId: person.personId,
                        username: newAccount.username,
                      },
                      ConditionExpression: 'attribute_not_exists(PK)',
                    },
                  },
                ]
              : []),
            { Put: { TableName: tableName, Item: toChangeItem(change) } },
            ...audit.map((Item) => ({ Put: { TableName: tableName, Item } })),
          ],
        }),
      );
    } catch (error) {
      // The code's delete comes first: its condition fails when another request used the code.
      if (failedOnCondition(error, 0)) throw new CodeAlreadyUsedError();
      throw error;
    }
  },
});
