import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { entryOfPayment } from '#domain/audit/audit-entries';
import type { Payment, ReminderStep } from '#domain/sales/payment';
import type { PaymentStore } from '#domain/sales/payments-ports';
import type { JournalDocument } from '#domain/sales/sales-journal';
import { ConflictError, StaleVersionError } from '#domain/shared/errors';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll, queryPartition } from '#functions/lib/query-all';
import { failedOnCondition } from '#functions/lib/transaction-conditions';
import { salesKeys } from '#infra/definitions/school-table';
import { journalDocumentOf, payableOf } from './invoice-fields';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const keyAttributes = ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'GSI3PK', 'GSI3SK', 'entity'];
const paymentOf = (item: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(item).filter(([name]) => !keyAttributes.includes(name)),
  ) as unknown as Payment;

/** The attribute that notes a reminder step as sent on the invoice's item (so the overdue list reads it at once). */
const reminderAttribute = (step: ReminderStep) => `reminder_${step}_at`;

/** The months a period spans, `YYYY-MM`, for the journal's queries by month. */
const monthsOf = (from: string, to: string) => {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
};

/** Payments on DynamoDB: an invoice's entries in its own partition, by month in GSI3, its balance on its item. */
export const dynamoPayments = (tableName: string): PaymentStore => ({
  async invoice(invoiceId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: salesKeys.invoice(invoiceId), ConsistentRead: true }),
    );
    return Item ? payableOf(Item) : undefined;
  },

  async paymentsOf(invoiceId) {
    const items = await queryPartition(tableName, { partitionKey: salesKeys.paymentsOfInvoice(invoiceId) });
    return items.map(paymentOf).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  },

  async payment(invoiceId, paymentId) {
    const { Item } = await documentClient.send(
      new GetCommand({
        TableName: tableName,
        Key: salesKeys.payment(invoiceId, paymentId),
        ConsistentRead: true,
      }),
    );
    return Item ? paymentOf(Item) : undefined;
  },

  async record(invoice, { entry, paidCents, balanceCents }, events) {
    const now = new Date();
    const audit = (await auditItemsOf(tableName))(entryOfPayment(entry, balanceCents));
    // Open while something is due: the overdue list is the open index; a reversal may open a paid invoice again.
    const open = salesKeys.openInvoiceAttributes(invoice.dueDate, invoice.invoiceId);
    const openIndex =
      balanceCents > 0 ? ', #openPk = :openPk, #openSk = :openSk' : ' REMOVE #openPk, #openSk';
    const items: TransactItem[] = [
      {
        Update: {
          TableName: tableName,
          Key: salesKeys.invoice(invoice.invoiceId),
          UpdateExpression: `SET #paid = :paid, #balance = :balance ${openIndex}`,
          // The balance read still holds (no payment in between), and no credit note cancelled the invoice.
          ConditionExpression:
            'attribute_exists(PK) AND #status <> :cancelled AND (#balance = :read OR (attribute_not_exists(#balance) AND :read = :gross))',
          ExpressionAttributeNames: {
            '#paid': 'paidCents',
            '#balance': 'balanceCents',
            '#status': 'status',
            '#openPk': 'GSI2PK',
            '#openSk': 'GSI2SK',
          },
          ExpressionAttributeValues: {
            ':paid': paidCents,
            ':balance': balanceCents,
            ':read': invoice.balanceCents,
            ':gross': invoice.grossCents,
            ':cancelled': 'cancelled',
            ...(balanceCents > 0 && { ':openPk': open.GSI2PK, ':openSk': open.GSI2SK }),
          },
        },
      },
      {
        Put: {
          TableName: tableName,
          Item: {
            ...salesKeys.payment(entry.invoiceId, entry.paymentId),
            ...salesKeys.paymentMonthAttributes(entry.date, entry.paymentId),
            entity: 'sales-payment',
            ...entry,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      ...(entry.reverses
        ? [
            {
              Update: {
                TableName: tableName,
                Key: salesKeys.payment(entry.invoiceId, entry.reverses),
                UpdateExpression: 'SET reversedBy = :reversal',
                ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(reversedBy)',
                ExpressionAttributeValues: { ':reversal': entry.paymentId },
              },
            },
          ]
        : []),
      ...events.map((event) => ({ Put: { TableName: tableName, Item: toOutboxItem(event, now) } })),
      { Put: { TableName: tableName, Item: audit } },
    ];
    try {
      await documentClient.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (entry.reverses && failedOnCondition(error, 2))
        throw new ConflictError('payment_already_cancelled', 'This payment was already cancelled');
      if (!failedOnCondition(error)) throw error;
      // Another payment moved the balance, or a credit note cancelled the invoice: the use case reads again.
      throw new StaleVersionError('invoice', invoice.invoiceId, invoice.balanceCents);
    }
  },

  async openDueBy(lastDueDate) {
    const items = await queryAll(tableName, {
      IndexName: salesKeys.openInvoices.index,
      KeyConditionExpression: '#pk = :pk AND #sk < :after',
      ExpressionAttributeNames: {
        '#pk': `${salesKeys.openInvoices.index}PK`,
        '#sk': `${salesKeys.openInvoices.index}SK`,
      },
      // `~` sorts after `#`: every invoice due on the last day is in.
      ExpressionAttributeValues: { ':pk': salesKeys.openInvoices.partitionKey, ':after': `${lastDueDate}~` },
    });
    return items.map((item) => ({
      ...payableOf(item),
      reminders: Object.fromEntries(
        (['first', 'second'] as const).flatMap((step) => {
          const at = item[reminderAttribute(step)];
          return typeof at === 'string' ? [[step, at]] : [];
        }),
      ),
    }));
  },

  async claimReminder(invoiceId, step, at) {
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: salesKeys.invoice(invoiceId),
          UpdateExpression: 'SET #at = :at',
          ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#at)',
          ExpressionAttributeNames: { '#at': reminderAttribute(step) },
          ExpressionAttributeValues: { ':at': at },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },

  async releaseReminder(invoiceId, step) {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: salesKeys.invoice(invoiceId),
        UpdateExpression: 'REMOVE #at',
        ExpressionAttributeNames: { '#at': reminderAttribute(step) },
      }),
    );
  },

  async documentsIssued(from, to) {
    // The invoices and credit notes as issued, and those a credit note cancelled since (S3's index by state).
    const documents: JournalDocument[] = [];
    for (const status of ['issued', 'cancelled']) {
      const { index, partitionKey } = salesKeys.invoicesOfStatus(status);
      const items = await queryAll(tableName, {
        IndexName: index,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': `${index}PK`, '#sk': `${index}SK` },
        ExpressionAttributeValues: { ':pk': partitionKey, ':from': from, ':to': `${to}#\uffff` },
      });
      documents.push(...items.map(journalDocumentOf));
    }
    return documents;
  },

  async paymentsDated(from, to) {
    const payments: Payment[] = [];
    for (const month of monthsOf(from, to)) {
      const { index, partitionKey } = salesKeys.paymentsOfMonth(month);
      const result = await queryAll(tableName, {
        IndexName: index,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': `${index}PK`, '#sk': `${index}SK` },
        ExpressionAttributeValues: { ':pk': partitionKey, ':from': from, ':to': `${to}~` },
      });
      payments.push(...result.map(paymentOf));
    }
    return payments;
  },
});
