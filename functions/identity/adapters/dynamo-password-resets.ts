import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { PasswordResetRecords } from '#domain/identity/identity-ports';
import { auditItemsOfChanges } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { failedOnCondition } from '#functions/lib/transaction-conditions';
import { stillAtVersion } from '#functions/lib/version-condition';
import { toChangeItem } from '#functions/people/adapters/change-item';
import { toPersonItem } from '#functions/people/adapters/person-item';

/** A password replaced with a mailed code, written with its entry as an activation is (dynamo-activation-store). */
export const dynamoPasswordResets = (tableName: string): PasswordResetRecords => ({
  async record({ person, expectedVersion, change }) {
    const audit = await auditItemsOfChanges(tableName, [change]);
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: toPersonItem(person), ...stillAtVersion(expectedVersion) } },
            { Put: { TableName: tableName, Item: toChangeItem(change) } },
            ...audit.map((Item) => ({ Put: { TableName: tableName, Item } })),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (failedOnCondition(error, 0)) return false;
      throw error;
    }
  },
});
