import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Loan } from '#domain/loans/loan';
import type { LoanStore } from '#domain/loans/loans-ports';
import { ConflictError, StaleVersionError } from '#domain/shared/errors';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll } from '#functions/lib/query-all';
import { loansKeys } from '#infra/definitions/school-table';
import { holdItems, monthHoldOf, releaseHoldItems, type TransactItem } from './loan-holds';

/**
 * The loan as stored: with the index attributes that list it by borrower, by status and under its item, and
 * `reminderStep`, the last overdue step claimed, that the reminders' condition reads. Every store of the module
 * writes a loan through this.
 */
export const loanRecord = (loan: Loan) => ({
  ...loansKeys.loan(loan.loanId),
  ...loansKeys.loanIndexAttributes(loan),
  entity: 'loans-loan',
  status: loan.status,
  version: loan.version,
  reminderStep: Math.max(0, ...loan.reminders.map((reminder) => reminder.step)),
  loan,
});

/** A loan's number in its year's series: « P2026-0001 ». */
export const loanNumber = (year: number, sequence: number) => `P${year}-${String(sequence).padStart(4, '0')}`;

const reasonsOf = (error: unknown) =>
  error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];

/** A random pause that grows with the turns lost, so that writers racing for a number do not all come back at once. */
const pause = (turn: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20 * 2 ** Math.min(turn, 5), 500)));
const maxTurns = 60;

/** The days a refused write found held, from the marks item as it was (raw attribute values). */
const heldDates = (month: string, old: Record<string, unknown> | undefined, days: readonly string[]) =>
  days.filter((day) => old && day in old).map((day) => `${month}-${day.slice(1)}`);

export const dynamoLoans = (tableName: string): LoanStore => {
  const query = (index: 'GSI1' | 'GSI2' | 'GSI3', partition: string) =>
    queryAll(tableName, {
      IndexName: index,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': `${index}PK` },
      ExpressionAttributeValues: { ':pk': partition },
    });
  const loansOf = (records: Record<string, unknown>[]) =>
    records.filter((record) => record.entity === 'loans-loan').map((record) => record.loan as Loan);
  const readCounter = async (year: number) => {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: loansKeys.counter(year), ConsistentRead: true }),
    );
    return Number(Item?.value ?? 0);
  };

  return {
    async loan(loanId) {
      const { Item } = await documentClient.send(
        new GetCommand({ TableName: tableName, Key: loansKeys.loan(loanId), ConsistentRead: true }),
      );
      return Item?.loan as Loan | undefined;
    },
    ofStatus: async (status) => loansOf(await query('GSI2', loansKeys.statusPartition(status))),
    ofBorrower: async (personId) => loansOf(await query('GSI1', loansKeys.borrowerPartition(personId))),
    ofItem: async (itemId) => loansOf(await query('GSI3', loansKeys.itemLoansPartition(itemId))),

    async create(loan, events) {
      if (events.length === 0) {
        await documentClient.send(
          new PutCommand({
            TableName: tableName,
            Item: loanRecord(loan),
            ConditionExpression: 'attribute_not_exists(PK)',
          }),
        );
        return;
      }
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: loanRecord(loan),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            ...events.map((event) => ({
              Put: { TableName: tableName, Item: toOutboxItem(event, new Date()) },
            })),
          ],
        }),
      );
    },

    /**
     * 1. the loan on the version read; 2. the year's counter at the number read plus one (a writer that lost it
     * reads it again); 3. the item still lendable; 4. the marks, each day free, or removed if still this loan's;
     * 5. the event (outbox) and the audit entry. One transaction: nothing is written without the rest.
     */
    async decide(next, previous, { hold, release, numberYear }, written) {
      const itemOfAudit = await auditItemsOf(tableName);
      let known: number | undefined;
      for (let turn = 1; ; turn += 1) {
        const counter = numberYear === undefined ? undefined : (known ?? (await readCounter(numberYear)));
        known = undefined;
        const loan: Loan =
          numberYear !== undefined && counter !== undefined
            ? { ...next, number: loanNumber(numberYear, counter + 1) }
            : next;
        const head: TransactItem[] = [
          {
            Put: {
              TableName: tableName,
              Item: loanRecord(loan),
              ConditionExpression: '#version = :read',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':read': previous.version },
            },
          },
          ...(numberYear !== undefined && counter !== undefined
            ? [
                {
                  Update: {
                    TableName: tableName,
                    Key: loansKeys.counter(numberYear),
                    UpdateExpression: 'SET #value = :next, #entity = :entity',
                    ConditionExpression: counter === 0 ? 'attribute_not_exists(PK)' : '#value = :read',
                    ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
                    ExpressionAttributeNames: { '#value': 'value', '#entity': 'entity' },
                    ExpressionAttributeValues: {
                      ':next': counter + 1,
                      ':entity': 'loans-counter',
                      ...(counter === 0 ? {} : { ':read': counter }),
                    },
                  },
                } satisfies TransactItem,
              ]
            : []),
          ...(hold
            ? [
                {
                  ConditionCheck: {
                    TableName: tableName,
                    Key: loansKeys.item(hold.itemId),
                    ConditionExpression:
                      'attribute_exists(PK) AND NOT (#item.#status IN (:retired, :servicing))',
                    ExpressionAttributeNames: { '#item': 'item', '#status': 'status' },
                    ExpressionAttributeValues: { ':retired': 'retired', ':servicing': 'in-servicing' },
                  },
                } satisfies TransactItem,
              ]
            : []),
        ];
        const holds = hold ? holdItems(tableName, hold, loan) : [];
        const items: TransactItem[] = [
          ...head,
          ...holds,
          ...(release ? releaseHoldItems(tableName, release, loan.loanId) : []),
          ...written.events(loan).map((event) => ({
            Put: { TableName: tableName, Item: toOutboxItem(event, new Date()) },
          })),
          { Put: { TableName: tableName, Item: itemOfAudit(written.audit(loan)) } },
        ];
        try {
          await documentClient.send(new TransactWriteCommand({ TransactItems: items }));
          return loan;
        } catch (error) {
          if (!(error instanceof TransactionCanceledException)) throw error;
          const reasons = reasonsOf(error);
          const failed = (index: number) => reasons[index]?.Code === 'ConditionalCheckFailed';
          if (hold) {
            const taken = hold.marks.flatMap(({ month, days }, index) =>
              failed(head.length + index)
                ? heldDates(month, reasons[head.length + index]?.Item as Record<string, unknown>, days)
                : [],
            );
            if (taken.length > 0)
              throw new ConflictError(
                'item_held',
                `Item ${hold.itemId} is held by another loan on ${taken[0]}${taken.length > 1 ? ` to ${taken.at(-1)}` : ''}`,
                { itemId: hold.itemId, heldDates: taken, from: taken[0], to: taken.at(-1) },
              );
            if (failed(head.length - 1))
              throw new ConflictError('item_not_lendable', `Item ${hold.itemId} is not lent now`);
          }
          if (failed(0)) throw new StaleVersionError('loan', previous.loanId, previous.version);
          const counterTaken = counter !== undefined && failed(1);
          if (counterTaken) {
            const value: unknown = reasons[1]?.Item?.value;
            known =
              value && typeof value === 'object' && 'N' in value
                ? Number((value as { N: string }).N)
                : undefined;
          }
          const collided = reasons.some((reason) => reason.Code === 'TransactionConflict');
          if ((counterTaken || collided) && turn < maxTurns) {
            await pause(turn);
            continue;
          }
          if (
            release &&
            reasons.some(
              (reason, index) =>
                index >= head.length + holds.length && reason.Code === 'ConditionalCheckFailed',
            )
          )
            throw new ConflictError('loan_move_not_allowed', 'The item’s days are no longer this loan’s');
          throw error;
        }
      }
    },

    async holdsOf(family, month) {
      const records = await query('GSI1', loansKeys.holdsPartition(family, month));
      return records.filter((record) => record.entity === 'loans-hold').map(monthHoldOf);
    },
  };
};
