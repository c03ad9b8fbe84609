import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { entryOfInvoice } from '#domain/audit/audit-entries';
import { documentNumber, type Invoice } from '#domain/sales/invoice';
import type { InvoiceStore } from '#domain/sales/invoice-ports';
import { ConflictError, StaleVersionError } from '#domain/shared/errors';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll } from '#functions/lib/query-all';
import { salesKeys } from '#infra/definitions/school-table';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** The item of an invoice: the record, and beside it what the lists and S4's payments read and update. */
export const toInvoiceItem = (invoice: Invoice) => ({
  ...salesKeys.invoice(invoice.invoiceId),
  ...salesKeys.invoiceIndexAttributes(invoice.status, invoice.issueDate, documentNumber(invoice)),
  ...salesKeys.quoteInvoiceAttributes(invoice.quoteId, invoice.issuedAt, invoice.invoiceId),
  // S4's overdue list: the issued invoices that still have something to pay.
  ...(invoice.status === 'issued' && invoice.kind !== 'credit-note' && invoice.balanceCents > 0
    ? salesKeys.openInvoiceAttributes(invoice.dueDate, invoice.invoiceId)
    : {}),
  entity: 'sales-invoice',
  invoice,
  kind: invoice.kind,
  status: invoice.status,
  issueDate: invoice.issueDate,
  dueDate: invoice.dueDate,
  grossCents: invoice.totals.grossCents,
  paidCents: invoice.paidCents,
  balanceCents: invoice.balanceCents,
  version: invoice.version,
});

/** The record, with what payments changed on the item since it was issued. */
const fromInvoiceItem = (item: Record<string, unknown>): Invoice => {
  const invoice = item.invoice as Invoice;
  return {
    ...invoice,
    status: (item.status as Invoice['status']) ?? invoice.status,
    paidCents: Number(item.paidCents ?? invoice.paidCents),
    balanceCents: Number(item.balanceCents ?? invoice.balanceCents),
    version: Number(item.version ?? invoice.version),
  };
};

const reasons = (error: unknown) =>
  error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
const failedAt = (error: unknown, index: number) => reasons(error)[index]?.Code === 'ConditionalCheckFailed';
const collided = (error: unknown) => reasons(error).some((reason) => reason.Code === 'TransactionConflict');

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(10 + attempt * 5, 100)));

/** How many times a write waits for another to take a number: 50 invoices at once need 50 turns at most. */
const maxTurns = 400;

/**
 * The sales invoices in the school table. A number is the counter of its series plus one, read then written on
 * condition of the value read, in the transaction that writes the invoice: two invoices issued at the same moment
 * cannot both take it, the one refused reads the counter again, and no number is lost (nothing is written
 * without its invoice).
 */
export const dynamoInvoices = (tableName: string): InvoiceStore => {
  const readCounter = async (series: string, year: string) => {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: salesKeys.counter(series, year), ConsistentRead: true }),
    );
    return Number(Item?.value ?? 0);
  };

  return {
    async get(invoiceId) {
      const { Item } = await documentClient.send(
        new GetCommand({ TableName: tableName, Key: salesKeys.invoice(invoiceId), ConsistentRead: true }),
      );
      return Item?.entity === 'sales-invoice' ? fromInvoiceItem(Item) : undefined;
    },

    async ofQuote(quoteId) {
      const { Item: guard } = await documentClient.send(
        new GetCommand({
          TableName: tableName,
          Key: salesKeys.quoteInvoicing(quoteId),
          ConsistentRead: true,
        }),
      );
      const index = salesKeys.invoicesOfQuote(quoteId);
      const items = await queryAll(tableName, {
        IndexName: index.index,
        KeyConditionExpression: 'GSI3PK = :pk',
        ExpressionAttributeValues: { ':pk': index.partitionKey },
      });
      // The index follows the table a moment later: each invoice is read again from the table.
      const ids = new Set([
        ...items.map((item) => (item.invoice as Invoice).invoiceId),
        ...((guard?.invoiceIds as string[]) ?? []),
      ]);
      const invoices = (await Promise.all([...ids].map((id) => this.get(id)))).filter(
        (invoice): invoice is Invoice => invoice !== undefined,
      );
      return { invoices, guardVersion: Number(guard?.version ?? 0) };
    },

    async list(status, from, to) {
      const index = salesKeys.invoicesOfStatus(status);
      const items = await queryAll(tableName, {
        IndexName: index.index,
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': index.partitionKey, ':from': from, ':to': `${to}#\uffff` },
        ScanIndexForward: false,
      });
      return items.map(fromInvoiceItem);
    },

    async issue(draft, { guardVersion, liveInvoicesAfter, number, cancels, events }) {
      const series = draft.kind === 'credit-note' ? 'credit-note' : 'invoice';
      const year = draft.issueDate.slice(0, 4);
      const itemOfAudit = await auditItemsOf(tableName);
      for (let turn = 1; ; turn += 1) {
        const counter = number ? await readCounter(series, year) : undefined;
        const invoice: Invoice =
          number && counter !== undefined ? { ...draft, number: number(counter + 1) } : draft;
        const guardKey = salesKeys.quoteInvoicing(draft.quoteId);
        const items: TransactItem[] = [
          {
            Update: {
              TableName: tableName,
              Key: guardKey,
              UpdateExpression:
                'SET version = :next, liveInvoices = :live, entity = :entity, invoiceIds = list_append(if_not_exists(invoiceIds, :none), :id)',
              ConditionExpression: guardVersion === 0 ? 'attribute_not_exists(PK)' : 'version = :read',
              ExpressionAttributeValues: {
                ':next': guardVersion + 1,
                ':live': liveInvoicesAfter,
                ':entity': 'sales-quote-invoicing',
                ':none': [],
                ':id': [invoice.invoiceId],
                ...(guardVersion === 0 ? {} : { ':read': guardVersion }),
              },
            },
          },
          ...(counter !== undefined
            ? [
                {
                  Update: {
                    TableName: tableName,
                    Key: salesKeys.counter(series, year),
                    UpdateExpression: 'SET #value = :next, entity = :entity',
                    ConditionExpression: counter === 0 ? 'attribute_not_exists(PK)' : '#value = :read',
                    ExpressionAttributeNames: { '#value': 'value' },
                    ExpressionAttributeValues: {
                      ':next': counter + 1,
                      ':entity': 'sales-counter',
                      ...(counter === 0 ? {} : { ':read': counter }),
                    },
                  },
                } satisfies TransactItem,
              ]
            : []),
          {
            Put: {
              TableName: tableName,
              Item: toInvoiceItem(invoice),
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          ...(cancels ? [cancelItem(tableName, cancels, invoice)] : []),
          ...events(invoice).map((event) => ({
            Put: { TableName: tableName, Item: toOutboxItem(event, new Date()) },
          })),
          {
            Put: {
              TableName: tableName,
              Item: itemOfAudit(
                entryOfInvoice(
                  invoice,
                  cancels ? 'invoice.credited' : 'invoice.issued',
                  invoice.issuedBy,
                  invoice.issuedAt,
                ),
              ),
            },
          },
        ];
        try {
          await documentClient.send(new TransactWriteCommand({ TransactItems: items }));
          return invoice;
        } catch (error) {
          if (failedAt(error, 0)) throw new StaleVersionError('quote invoicing', draft.quoteId, guardVersion);
          if (cancels && failedAt(error, counter !== undefined ? 3 : 2)) {
            throw new ConflictError('invoice_not_issued', 'The invoice was cancelled or changed meanwhile');
          }
          const counterTaken = counter !== undefined && failedAt(error, 1);
          if ((counterTaken || collided(error)) && turn < maxTurns) {
            await pause(turn);
            continue;
          }
          throw error;
        }
      }
    },

    async recordExternalNumber(invoice, externalNumber, events) {
      const numbered: Invoice = {
        ...invoice,
        externalNumber,
        status: 'issued',
        version: invoice.version + 1,
      };
      const item = toInvoiceItem(numbered);
      const itemOfAudit = await auditItemsOf(tableName);
      try {
        await documentClient.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: item,
                  ConditionExpression: '#status = :draft AND version = :version',
                  ExpressionAttributeNames: { '#status': 'status' },
                  ExpressionAttributeValues: { ':draft': 'draft', ':version': invoice.version },
                },
              },
              // One invoice a number: the number's own item, written once.
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...salesKeys.invoice(`external#${externalNumber.toUpperCase()}`),
                    entity: 'sales-external-number',
                    invoiceId: invoice.invoiceId,
                  },
                  ConditionExpression: 'attribute_not_exists(PK)',
                },
              },
              ...events(numbered).map((event) => ({
                Put: { TableName: tableName, Item: toOutboxItem(event, new Date()) },
              })),
              {
                Put: {
                  TableName: tableName,
                  Item: itemOfAudit(
                    entryOfInvoice(numbered, 'invoice.numbered', numbered.issuedBy, new Date().toISOString()),
                  ),
                },
              },
            ],
          }),
        );
        return numbered;
      } catch (error) {
        if (failedAt(error, 0))
          throw new ConflictError('invoice_not_draft', 'The invoice is no longer a draft');
        if (failedAt(error, 1))
          throw new ConflictError('external_number_taken', `${externalNumber} is another invoice’s`);
        throw error;
      }
    },
  };
};

/** The cancelled invoice: its status, its link to the credit note, off the open list; only if still issued. */
const cancelItem = (tableName: string, cancelled: Invoice, note: Invoice): TransactItem => {
  const after: Invoice = {
    ...cancelled,
    status: 'cancelled',
    cancelledBy: { invoiceId: note.invoiceId, number: documentNumber(note) },
  };
  const index = salesKeys.invoiceIndexAttributes('cancelled', cancelled.issueDate, documentNumber(cancelled));
  return {
    Update: {
      TableName: tableName,
      Key: salesKeys.invoice(cancelled.invoiceId),
      UpdateExpression:
        'SET #status = :cancelled, invoice = :invoice, GSI1PK = :gsi1pk, GSI1SK = :gsi1sk, version = version + :one REMOVE GSI2PK, GSI2SK',
      ConditionExpression: '#status = :issued',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':cancelled': 'cancelled',
        ':issued': 'issued',
        ':invoice': after,
        ':gsi1pk': index.GSI1PK,
        ':gsi1sk': index.GSI1SK,
        ':one': 1,
      },
    },
  };
};
