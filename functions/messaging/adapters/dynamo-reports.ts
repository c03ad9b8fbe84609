import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { MessageReport, ReportStore } from '#domain/messaging/report-message';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { messageKeys, messagingRuleKeys } from '#infra/definitions/school-table';

const refusedByCondition = (error: unknown) =>
  error instanceof ConditionalCheckFailedException ||
  (error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some(({ Code }) => Code === 'ConditionalCheckFailed'));

const reportOf = (item: Record<string, unknown>): MessageReport => ({
  messageId: String(item.messageId),
  conversationId: String(item.conversationId),
  reportedBy: String(item.reportedBy),
  reason: String(item.reason),
  at: String(item.at),
});

/** Reports of messages and withdrawals, on the school's table, each written with its event (the outbox). */
export const dynamoReports = (tableName: string): ReportStore => ({
  async add(report, event) {
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...messagingRuleKeys.report(report.messageId, report.reportedBy),
                  ...messagingRuleKeys.reportIndexAttributes({ ...report, reporterId: report.reportedBy }),
                  entity: 'message-report',
                  ...report,
                },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            { Put: { TableName: tableName, Item: toOutboxItem(event, new Date()) } },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (refusedByCondition(error)) return false;
      throw error;
    }
  },

  async latest(limit) {
    const { index, partitionKey } = messagingRuleKeys.reports();
    const { Items = [] } = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': `${index}PK` },
        ExpressionAttributeValues: { ':pk': partitionKey },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map(reportOf);
  },

  async withdraw(messageId, by, at, event) {
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName,
                Key: messageKeys.message(messageId),
                UpdateExpression: 'SET withdrawn = :yes, withdrawnBy = :by, withdrawnAt = :at',
                ConditionExpression:
                  'attribute_exists(PK) AND (attribute_not_exists(withdrawn) OR withdrawn = :no)',
                ExpressionAttributeValues: { ':yes': true, ':no': false, ':by': by, ':at': at },
              },
            },
            { Put: { TableName: tableName, Item: toOutboxItem(event, new Date()) } },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (refusedByCondition(error)) return false;
      throw error;
    }
  },
});
