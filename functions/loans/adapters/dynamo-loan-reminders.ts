import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { rights } from '#domain/identity/rights';
import type { Loan } from '#domain/loans/loan';
import type { BorrowerLoans, OverdueLoanStore } from '#domain/loans/loans-ports';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { queryAll, queryPartition } from '#functions/lib/query-all';
import { loansKeys, personKeys } from '#infra/definitions/school-table';

const loansOfRecords = (records: readonly Record<string, unknown>[]) =>
  records.map((record) => record.loan as Loan);

/** The loans of one status, by start date: one query of the status index, paged through. */
export const loansOfStatus = async (tableName: string, status: Loan['status']) =>
  loansOfRecords(
    await queryPartition(tableName, { index: 'GSI2', partitionKey: loansKeys.statusPartition(status) }),
  );

/** The profiles `loans:write` is given to: they keep the loans, and hear of the third reminder. */
const keeperProfiles = Object.keys(rights['loans:write']);

export const dynamoLoanReminders = (tableName: string): OverdueLoanStore => ({
  async outEndedBefore(today) {
    return (await loansOfStatus(tableName, 'out')).filter((loan) => loan.endDate < today);
  },

  async claimReminder(loan, reminder) {
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: loansKeys.loan(loan.loanId),
          UpdateExpression:
            'SET reminderStep = :step, #loan.reminders = list_append(#loan.reminders, :reminder), #loan.#version = #loan.#version + :one, #version = if_not_exists(#version, :zero) + :one',
          // The loan's own status: whoever else writes the loan keeps it, whatever they keep beside it.
          ConditionExpression:
            '#loan.#status = :out AND (attribute_not_exists(reminderStep) OR reminderStep < :step)',
          ExpressionAttributeNames: { '#loan': 'loan', '#status': 'status', '#version': 'version' },
          ExpressionAttributeValues: {
            ':step': reminder.step,
            ':reminder': [reminder],
            ':out': 'out',
            ':one': 1,
            ':zero': 0,
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },

  async releaseReminder(loan, reminder) {
    // The claim appended the reminder after the ones the run read: its place in the list is known.
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: loansKeys.loan(loan.loanId),
        UpdateExpression: `SET reminderStep = :previous REMOVE #loan.reminders[${loan.reminders.length}]`,
        ConditionExpression: 'reminderStep = :step',
        ExpressionAttributeNames: { '#loan': 'loan' },
        ExpressionAttributeValues: {
          ':step': reminder.step,
          ':previous': Math.max(0, ...loan.reminders.map((sent) => sent.step)),
        },
      }),
    );
  },

  async keeperIds() {
    const members = await Promise.all(
      keeperProfiles.map((profile) =>
        queryPartition(tableName, { partitionKey: personKeys.profileMember(profile, '').PK }, ['personId']),
      ),
    );
    return [...new Set(members.flat().map((item) => String(item.personId)))];
  },
});

export const dynamoBorrowerLoans = (tableName: string): BorrowerLoans => ({
  async loansOf(borrowerId) {
    return loansOfRecords(
      await queryAll(tableName, {
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': loansKeys.borrowerPartition(borrowerId) },
      }),
    );
  },
});
