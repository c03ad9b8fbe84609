import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Loan } from '#domain/loans/loan';
import type { RenewalCampaign, RenewalCampaignStore } from '#domain/loans/loans-ports';
import { daysBetween, plusDays } from '#domain/shared/calendar/calendar-days';
import { batchGet } from '#functions/lib/batch-get';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { queryAll } from '#functions/lib/query-all';
import { failedOnCondition } from '#functions/lib/transaction-conditions';
import { loansKeys } from '#infra/definitions/school-table';
import { loansOfStatus } from './dynamo-loan-reminders';
import { loanRecord } from './dynamo-loans';

/** A loan is written again on condition of the version and status read. */
const sameLoanCondition = (previous: Loan) => ({
  ConditionExpression: '#loan.#version = :version AND #loan.#status = :status',
  ExpressionAttributeNames: { '#loan': 'loan', '#version': 'version', '#status': 'status' },
  ExpressionAttributeValues: { ':version': previous.version, ':status': previous.status },
});

export const dynamoLoanCampaign = (tableName: string): RenewalCampaignStore => ({
  async currentLoans() {
    const [out, signed] = await Promise.all([
      loansOfStatus(tableName, 'out'),
      loansOfStatus(tableName, 'signed'),
    ]);
    return [...out, ...signed];
  },

  async campaign(schoolYear) {
    const { Item: record } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: loansKeys.campaign(schoolYear), ConsistentRead: true }),
    );
    return record?.campaign as RenewalCampaign | undefined;
  },

  async openCampaign(campaign) {
    try {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...loansKeys.campaign(campaign.schoolYear), entity: 'loans-campaign', campaign },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      // Opened before: the first opening stands.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  },

  async addRenewal(schoolYear, renewal) {
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...loansKeys.renewalGuard(schoolYear, renewal.renews as string),
                  entity: 'loans-renewal-guard',
                  renewalId: renewal.loanId,
                },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: loanRecord(renewal),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (failedOnCondition(error, 0)) return false;
      throw error;
    }
  },

  async renewals(schoolYear) {
    const guards = await queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :renewal)',
      ExpressionAttributeValues: {
        ':pk': loansKeys.campaign(schoolYear).PK,
        ':renewal': loansKeys.renewalPrefix,
      },
    });
    const records = await batchGet(
      tableName,
      guards.map((guard) => loansKeys.loan(String(guard.renewalId))),
      { consistent: true },
    );
    return records.map((record) => record.loan as Loan);
  },

  async loan(loanId) {
    const { Item: record } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: loansKeys.loan(loanId), ConsistentRead: true }),
    );
    return record?.loan as Loan | undefined;
  },

  async update(previous, next) {
    try {
      await documentClient.send(
        new PutCommand({ TableName: tableName, Item: loanRecord(next), ...sameLoanCondition(previous) }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },
});

/** The days a loan holds its item: its span and its buffer days either side, by month (`YYYY-MM`). */
export const heldDaysByMonth = (loan: Pick<Loan, 'startDate' | 'endDate' | 'bufferDays'>) => {
  const months = new Map<string, string[]>();
  for (const day of daysBetween(
    plusDays(loan.startDate, -loan.bufferDays),
    plusDays(loan.endDate, loan.bufferDays),
  )) {
    const month = day.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), day.slice(8, 10)]);
  }
  return months;
};
