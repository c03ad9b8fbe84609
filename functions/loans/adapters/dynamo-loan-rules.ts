import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { entryOfLoanRules } from '#domain/audit/audit-entries';
import type { LoanRule } from '#domain/loans/loan-rules';
import { LoanRulesStaleError } from '#domain/loans/loans-errors';
import { defaultSchoolLoanRules, type LoanRulesStore } from '#domain/loans/school-loan-rules';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { loansKeys } from '#infra/definitions/school-table';

/**
 * The school's rules of lending in one item (`LOANS-RULES` / `RULES`): read with one consistent GetItem, written
 * with the audit entry in one transaction on condition of the version read (absent for version 0).
 */
export const dynamoLoanRules = (tableName: string): LoanRulesStore => ({
  async read() {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: loansKeys.rules(), ConsistentRead: true }),
    );
    if (!Item) return defaultSchoolLoanRules;
    return {
      rules: Item.rules as LoanRule[],
      version: Item.version as number,
      updatedAt: Item.updatedAt as string,
      updatedBy: Item.updatedBy as string,
    };
  },

  async save(next, previousVersion) {
    const audit = (await auditItemsOf(tableName))(entryOfLoanRules(next));
    const condition =
      previousVersion === 0
        ? { ConditionExpression: 'attribute_not_exists(PK)' }
        : {
            ConditionExpression: 'version = :version',
            ExpressionAttributeValues: { ':version': previousVersion },
          };
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: { ...loansKeys.rules(), entity: 'loan-rules', ...next },
                ...condition,
              },
            },
            { Put: { TableName: tableName, Item: audit, ConditionExpression: 'attribute_not_exists(PK)' } },
          ],
        }),
      );
    } catch (error) {
      // Another save at the same instant, or since the read: the version is no longer the one read.
      if (error instanceof TransactionCanceledException) throw new LoanRulesStaleError(previousVersion);
      throw error;
    }
  },
});
