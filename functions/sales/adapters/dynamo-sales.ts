import { setTimeout as sleep } from 'node:timers/promises';
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { quoteNumber } from '#domain/sales/quotes';
import type { Client, Quote, RateGrid } from '#domain/sales/sales';
import type { GridSummary, Page, QuoteWrite, SalesStore } from '#domain/sales/sales-ports';
import { ConflictError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import { foldForComparison } from '#domain/shared/text';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { failedOnCondition } from '#functions/lib/transaction-conditions';
import { stillAtVersion } from '#functions/lib/version-condition';
import { salesKeys } from '#infra/definitions/school-table';

/** A name as the clients' list sorts and filters it: « Chœur des Lilas » and « choeur des lilas » alike. */
export const salesNameKey = (name: string) =>
  foldForComparison(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const storageAttributes = new Set([
  'PK',
  'SK',
  'GSI1PK',
  'GSI1SK',
  'GSI2PK',
  'GSI2SK',
  'GSI3PK',
  'GSI3SK',
  'entity',
]);

/** A stored item without its keys: the record it holds. */
export const recordOf = <T>(item: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !storageAttributes.has(name))) as T;

export const toClientItem = (client: Client) => ({
  ...salesKeys.client(client.clientId),
  ...salesKeys.clientIndexAttributes(salesNameKey(client.legalName), client.clientId),
  entity: 'sales-client',
  ...client,
});

export const toGridItem = (grid: RateGrid) => ({
  ...salesKeys.grid(grid.gridId),
  entity: 'sales-grid',
  ...grid,
});

/**
 * A quote as stored: its record, its key, and the index of its state (the quotes of a state, newest first). S2
 * writes the quote through this too, on its moves (`Put` on the version read, with `stillAtVersion`).
 */
export const toQuoteItem = (quote: Quote) => ({
  ...salesKeys.quote(quote.quoteId),
  ...salesKeys.quoteIndexAttributes(quote.status, quote.issueDate, quote.number),
  entity: 'sales-quote',
  ...quote,
});

/** A listing's cursor: the last key read, only good for the listing that gave it. */
const encodeCursor = (key: Record<string, unknown> | undefined) =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;

const decodeCursor = (cursor: string | undefined, partition: string): Record<string, unknown> | undefined => {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const attributes = Object.keys(key).sort().join(',');
    if (
      key.GSI1PK === partition &&
      attributes === 'GSI1PK,GSI1SK,PK,SK' &&
      Object.values(key).every((value) => typeof value === 'string')
    ) {
      return key;
    }
  } catch {
    // Refused below.
  }
  throw new ValidationError('after', 'is not a page of this list');
};

/** How many times a new quote tries the next number when other quotes took the ones it read. */
const numberAttempts = 60;

export const dynamoSales = (tableName: string): SalesStore => {
  const get = async (key: { PK: string; SK: string }) =>
    (await documentClient.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true })))
      .Item;

  const pageOf = async <T>(
    partition: string,
    options: { limit: number; cursor?: string; prefix?: string; newestFirst?: boolean },
  ): Promise<Page<T>> => {
    const result = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: options.prefix
          ? 'GSI1PK = :pk AND begins_with(GSI1SK, :prefix)'
          : 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': partition, ...(options.prefix && { ':prefix': options.prefix }) },
        Limit: options.limit,
        ScanIndexForward: !options.newestFirst,
        ExclusiveStartKey: decodeCursor(options.cursor, partition),
      }),
    );
    return {
      items: (result.Items ?? []).map((item) => recordOf<T>(item)),
      nextCursor: encodeCursor(result.LastEvaluatedKey),
    };
  };

  const writeQuote = async (
    { quote, events, audit }: QuoteWrite,
    condition: Record<string, unknown>,
    extra: object[] = [],
  ) => {
    const now = new Date();
    const auditItem = audit ? (await auditItemsOf(tableName))(audit) : undefined;
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName, Item: toQuoteItem(quote), ...condition } },
          ...extra,
          ...events.map((event) => ({ Put: { TableName: tableName, Item: toOutboxItem(event, now) } })),
          ...(auditItem ? [{ Put: { TableName: tableName, Item: auditItem } }] : []),
        ],
      }),
    );
  };

  return {
    async getClient(clientId) {
      const item = await get(salesKeys.client(clientId));
      return item ? recordOf<Client>(item) : undefined;
    },

    async putClient(client, expectedVersion) {
      try {
        await documentClient.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: toClientItem(client),
                  ...(expectedVersion === undefined
                    ? { ConditionExpression: 'attribute_not_exists(PK)' }
                    : stillAtVersion(expectedVersion)),
                },
              },
            ],
          }),
        );
      } catch (error) {
        if (failedOnCondition(error))
          throw new StaleVersionError('client', client.clientId, expectedVersion ?? 0);
        throw error;
      }
    },

    listClients: ({ namePrefix, limit, cursor }) =>
      pageOf<Client>(salesKeys.clients.partitionKey, {
        limit,
        ...(cursor && { cursor }),
        ...(namePrefix && salesNameKey(namePrefix) && { prefix: salesNameKey(namePrefix) }),
      }),

    async getGrid(gridId) {
      const item = await get(salesKeys.grid(gridId));
      return item ? recordOf<RateGrid>(item) : undefined;
    },

    async gridCalendar() {
      const item = await get(salesKeys.gridCalendar());
      return {
        grids: (item?.grids as GridSummary[] | undefined) ?? [],
        version: (item?.version as number | undefined) ?? 0,
      };
    },

    async putGrid(grid, expectedVersion, calendar) {
      try {
        await documentClient.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: toGridItem(grid),
                  ...(expectedVersion === undefined
                    ? { ConditionExpression: 'attribute_not_exists(PK)' }
                    : stillAtVersion(expectedVersion)),
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...salesKeys.gridCalendar(),
                    entity: 'sales-grid-calendar',
                    grids: calendar.grids,
                    version: calendar.version + 1,
                  },
                  ...(calendar.version === 0
                    ? { ConditionExpression: 'attribute_not_exists(PK)' }
                    : stillAtVersion(calendar.version)),
                },
              },
            ],
          }),
        );
      } catch (error) {
        if (failedOnCondition(error, 0))
          throw new StaleVersionError('grid', grid.gridId, expectedVersion ?? 0);
        if (failedOnCondition(error, 1))
          throw new StaleVersionError('grid calendar', 'grids', calendar.version);
        throw error;
      }
    },

    async getQuote(quoteId) {
      const item = await get(salesKeys.quote(quoteId));
      return item ? recordOf<Quote>(item) : undefined;
    },

    /**
     * Reads the year's counter, then writes the counter at the next number and the quote in one transaction, on
     * condition that the counter is still at the number read: of two quotes saved at once, one gets the number and
     * the other tries the next one. Numbers stay consecutive, none is lost or given twice.
     */
    async createQuote(year, build) {
      const counterKey = salesKeys.counter('quote', year);
      for (let attempt = 0; attempt < numberAttempts; attempt += 1) {
        const last = ((await get(counterKey))?.last as number | undefined) ?? 0;
        const write = build(quoteNumber(year, last + 1));
        try {
          await writeQuote(write, { ConditionExpression: 'attribute_not_exists(PK)' }, [
            {
              Put: {
                TableName: tableName,
                Item: { ...counterKey, entity: 'sales-counter', last: last + 1 },
                ...(last === 0
                  ? { ConditionExpression: 'attribute_not_exists(PK)' }
                  : {
                      ConditionExpression: '#last = :last',
                      ExpressionAttributeNames: { '#last': 'last' },
                      ExpressionAttributeValues: { ':last': last },
                    }),
              },
            },
          ]);
          return write.quote;
        } catch (error) {
          if (!failedOnCondition(error, 1) && !isTransactionConflict(error)) throw error;
          await sleep(5 + Math.random() * 20 * Math.min(attempt + 1, 5));
        }
      }
      throw new ConflictError('busy', 'Too many quotes were numbered at once: try again');
    },

    async updateQuote(write, expectedVersion) {
      try {
        await writeQuote(write, stillAtVersion(expectedVersion));
      } catch (error) {
        if (failedOnCondition(error, 0))
          throw new StaleVersionError('quote', write.quote.quoteId, expectedVersion);
        throw error;
      }
    },

    listQuotes: ({ status, limit, cursor }) =>
      pageOf<Quote>(salesKeys.quotesOfStatus(status).partitionKey, {
        limit,
        newestFirst: true,
        ...(cursor && { cursor }),
      }),
  };
};

/** Two transactions on the same counter at the same instant: DynamoDB refuses one with TransactionConflict. */
const isTransactionConflict = (error: unknown) =>
  error instanceof Error &&
  error.name === 'TransactionCanceledException' &&
  ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).some(
    (reason) => reason.Code === 'TransactionConflict',
  );
