import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Loan } from '#domain/loans/loan';
import type { HeldLoanSummary, HoldPlan, MonthHold } from '#domain/loans/loans-ports';
import { loansKeys } from '#infra/definitions/school-table';

/**
 * The writes of the day marks that hold an item, as items of a transaction, for the decisions (L1), the hand-over
 * and return (L2) and the campaign (L3) to put in their own: marks are only ever changed beside the loan itself.
 */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** The attribute of a month's marks item that sums a loan up: its status, borrower and span. */
const summaryAttribute = (loanId: string) => `loan#${loanId}`;

export const summaryOf = (loan: Loan): HeldLoanSummary => ({
  status: loan.status,
  borrowerId: loan.borrowerId,
  startDate: loan.startDate,
  endDate: loan.endDate,
});

const names = (days: readonly string[]) => Object.fromEntries(days.map((day, index) => [`#d${index}`, day]));

/** Marks the plan's days as this loan's, each on condition that no loan holds it: one update per month. */
export const holdItems = (tableName: string, plan: HoldPlan, loan: Loan): TransactItem[] =>
  plan.marks.map(({ month, days }) => ({
    Update: {
      TableName: tableName,
      Key: loansKeys.hold(plan.itemId, month),
      UpdateExpression: `SET ${days.map((_, index) => `#d${index} = :loan`).join(', ')}, #summary = :summary, #entity = :entity, #itemId = :itemId, #family = :family, #month = :month, GSI1PK = :gsi1pk, GSI1SK = :gsi1sk`,
      ConditionExpression: days.map((_, index) => `attribute_not_exists(#d${index})`).join(' AND '),
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      ExpressionAttributeNames: {
        ...names(days),
        '#summary': summaryAttribute(loan.loanId),
        '#entity': 'entity',
        '#itemId': 'itemId',
        '#family': 'family',
        '#month': 'month',
      },
      ExpressionAttributeValues: {
        ':loan': loan.loanId,
        ':summary': summaryOf(loan),
        ':entity': 'loans-hold',
        ':itemId': plan.itemId,
        ':family': plan.family,
        ':month': month,
        ':gsi1pk': loansKeys.holdIndexAttributes(plan.family, month, plan.itemId).GSI1PK,
        ':gsi1sk': loansKeys.holdIndexAttributes(plan.family, month, plan.itemId).GSI1SK,
      },
    },
  }));

/**
 * Removes a loan's marks (refused, cancelled, returned), each month on condition that its days are still this
 * loan's: a release never frees another loan's days. Put these items in the transaction that changes the loan.
 */
export const releaseHoldItems = (tableName: string, plan: HoldPlan, loanId: string): TransactItem[] =>
  plan.marks.map(({ month, days }) => ({
    Update: {
      TableName: tableName,
      Key: loansKeys.hold(plan.itemId, month),
      UpdateExpression: `REMOVE ${days.map((_, index) => `#d${index}`).join(', ')}, #summary`,
      ConditionExpression: days.map((_, index) => `#d${index} = :loan`).join(' AND '),
      ExpressionAttributeNames: { ...names(days), '#summary': summaryAttribute(loanId) },
      ExpressionAttributeValues: { ':loan': loanId },
    },
  }));

/** Keeps the status the marks show of a loan (signed, out) in step with it: for L2's moves that keep the hold. */
export const holdStatusItems = (tableName: string, plan: HoldPlan, loan: Loan): TransactItem[] =>
  plan.marks.map(({ month }) => ({
    Update: {
      TableName: tableName,
      Key: loansKeys.hold(plan.itemId, month),
      UpdateExpression: 'SET #summary = :summary',
      ConditionExpression: 'attribute_exists(#summary)',
      ExpressionAttributeNames: { '#summary': summaryAttribute(loan.loanId) },
      ExpressionAttributeValues: { ':summary': summaryOf(loan) },
    },
  }));

/** A month's marks item as the availability reads it. */
export const monthHoldOf = (record: Record<string, unknown>): MonthHold => {
  const days: Record<string, string> = {};
  const loans: Record<string, HeldLoanSummary> = {};
  for (const [name, value] of Object.entries(record)) {
    if (/^d\d\d$/.test(name)) days[name] = String(value);
    else if (name.startsWith('loan#')) loans[name.slice('loan#'.length)] = value as HeldLoanSummary;
  }
  return { itemId: String(record.itemId), month: String(record.month), days, loans };
};
