import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { entryOfItemChange } from '#domain/audit/audit-entries';
import type { Loan } from '#domain/loans/loan';
import type { LoanFiles, LoanFormStore } from '#domain/loans/loans-ports';
import { daysBetween, plusDays } from '#domain/shared/calendar/calendar-days';
import { StaleVersionError } from '#domain/shared/errors';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll } from '#functions/lib/query-all';
import { attachmentFiles } from '#functions/messaging/adapters/attachment-files';
import { loansKeys } from '#infra/definitions/school-table';
import { historyRecord, itemRecord } from './dynamo-inventory';
import { loanRecord } from './dynamo-loans';

/** The day marks `dDD` of each month between two days (inclusive): which attributes of which month's item. */
const marksByMonth = (from: string, to: string) => {
  const months = new Map<string, string[]>();
  for (const day of from <= to ? daysBetween(from, to) : []) {
    const month = day.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), `d${day.slice(8, 10)}`]);
  }
  return months;
};

/**
 * The loan form's writes in the school table: the loan on its version, with its item's change (the inventory's
 * records: item, history line, outbox event, audit entry) and the release of the day marks it held, in one
 * transaction. A released mark is removed on condition that it is still this loan's.
 */
export const dynamoLoanForm = (tableName: string): LoanFormStore => {
  /** The marks after `after` through `through` that this loan holds (read first: only those are removed). */
  const heldMarks = async (release: { itemId: string; after: string; through: string }, loanId: string) => {
    const months = marksByMonth(plusDays(release.after, 1), release.through);
    const held = await Promise.all(
      [...months].map(async ([month, marks]) => {
        const key = loansKeys.hold(release.itemId, month);
        const { Item } = await documentClient.send(
          new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
        );
        return { key, marks: marks.filter((mark) => Item?.[mark] === loanId) };
      }),
    );
    return held.filter(({ marks }) => marks.length > 0);
  };
  return {
    async loan(loanId) {
      const { Item: record } = await documentClient.send(
        new GetCommand({ TableName: tableName, Key: loansKeys.loan(loanId), ConsistentRead: true }),
      );
      return record?.loan as Loan | undefined;
    },

    async itemLoans(itemId) {
      const records = await queryAll(tableName, {
        IndexName: 'GSI3',
        KeyConditionExpression: 'GSI3PK = :pk',
        ExpressionAttributeValues: { ':pk': loansKeys.itemLoansPartition(itemId) },
      });
      return records.map((record) => record.loan as Loan);
    },

    async save(loan, previousVersion, move, release) {
      const itemWrites = move
        ? [
            {
              Put: {
                TableName: tableName,
                Item: itemRecord(move.change.item),
                ConditionExpression: 'version = :version',
                ExpressionAttributeValues: { ':version': move.previous.version },
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: historyRecord(move.change),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            ...move.events.map((event) => ({
              Put: { TableName: tableName, Item: toOutboxItem(event, new Date()) },
            })),
            {
              Put: {
                TableName: tableName,
                Item: (await auditItemsOf(tableName))(entryOfItemChange(move.change)),
              },
            },
          ]
        : [];
      const releases = release ? await heldMarks(release, loan.loanId) : [];
      try {
        await documentClient.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: loanRecord(loan),
                  ConditionExpression: 'version = :version',
                  ExpressionAttributeValues: { ':version': previousVersion },
                },
              },
              ...itemWrites,
              ...releases.map(({ key, marks }) => ({
                Update: {
                  TableName: tableName,
                  Key: key,
                  UpdateExpression: `REMOVE ${marks.map((_, index) => `#d${index}`).join(', ')}`,
                  ConditionExpression: marks.map((_, index) => `#d${index} = :loan`).join(' AND '),
                  ExpressionAttributeNames: Object.fromEntries(
                    marks.map((mark, index) => [`#d${index}`, mark]),
                  ),
                  ExpressionAttributeValues: { ':loan': loan.loanId },
                },
              })),
            ],
          }),
        );
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const reasons = error.CancellationReasons ?? [];
        if (reasons[0]?.Code === 'ConditionalCheckFailed')
          throw new StaleVersionError('loan', loan.loanId, previousVersion);
        if (move && reasons[1]?.Code === 'ConditionalCheckFailed')
          throw new StaleVersionError('item', move.previous.itemId, move.previous.version);
        throw error;
      }
    },
  };
};

/** The loans' files: `loans-insurance/<loanId>/<id>`, uploaded first to the pending place of the same name. */
export const loanFiles = (): LoanFiles => {
  const files = () => attachmentFiles('loans-insurance');
  return {
    uploadForm: (loanId, document) => files().uploadForm(loanId, document),
    uploaded: (loanId, documentId) => files().uploaded(loanId, documentId),
    keep: (loanId, documentId) => files().keep(loanId, documentId),
    downloadUrl: (loanId, document) =>
      files().downloadUrl(loanId, { ...document, contentType: 'application/pdf', size: 1 }),
  };
};
