import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { entryOfItemChange } from '#domain/audit/audit-entries';
import { type Item, type ItemChange, searchTextOf, serialKeyOf } from '#domain/loans/item';
import type { InventoryStore } from '#domain/loans/loans-ports';
import { ConflictError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { batchGet } from '#functions/lib/batch-get';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll } from '#functions/lib/query-all';
import { loansKeys } from '#infra/definitions/school-table';

/** The item as stored: with the index attributes that list it in its family, by kind. */
export const itemRecord = (item: Item) => ({
  ...loansKeys.item(item.itemId),
  ...loansKeys.familyIndexAttributes(item, searchTextOf(item)),
  entity: 'loans-item',
  version: item.version,
  search: searchTextOf(item),
  item,
});

export const historyRecord = (change: ItemChange) => ({
  ...loansKeys.history(change.item.itemId, change.version),
  entity: 'loans-item-history',
  change,
});

const guardRecord = (key: { PK: string; SK: string }, itemId: string) => ({
  ...key,
  entity: 'loans-guard',
  itemId,
});

/** The guards an item holds: its maker's serial number, the spreadsheet line it came from. */
const guardsOf = (item: Item) => [
  ...(serialKeyOf(item)
    ? [{ kind: 'serial' as const, key: loansKeys.serialGuard(serialKeyOf(item) as string) }]
    : []),
  ...(item.sourceId ? [{ kind: 'source' as const, key: loansKeys.sourceGuard(item.sourceId) }] : []),
];

const sameKey = (a: { PK: string; SK: string }, b: { PK: string; SK: string }) =>
  a.PK === b.PK && a.SK === b.SK;

/** A page's cursor: the last key read, in base64url; a cursor that is not one of this family's is refused. */
const encodeCursor = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');
const decodeCursor = (cursor: string, familyPartition: string) => {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const fields = ['PK', 'SK', 'GSI1PK', 'GSI1SK'];
    if (
      Object.keys(key).length === 4 &&
      fields.every((field) => typeof key[field] === 'string') &&
      key.GSI1PK === familyPartition &&
      String(key.PK).startsWith('LOANS-ITEM#')
    )
      return key as Record<string, string>;
  } catch {
    // refused below
  }
  throw new ValidationError('cursor', 'must be the cursor of the page before');
};

export const dynamoInventory = (tableName: string): InventoryStore => ({
  async item(itemId) {
    const { Item: record } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: loansKeys.item(itemId), ConsistentRead: true }),
    );
    return record?.item as Item | undefined;
  },

  async history(itemId) {
    const records = await queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :history)',
      ExpressionAttributeValues: { ':pk': loansKeys.item(itemId).PK, ':history': loansKeys.historyPrefix },
    });
    return records.map((record) => record.change as ItemChange);
  },

  async family(family, { words, cursor, limit }) {
    const partition = loansKeys.familyPartition(family);
    const page = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: loansKeys.family.index,
        KeyConditionExpression: 'GSI1PK = :pk',
        ...(words && {
          FilterExpression: 'contains(#search, :words)',
          ExpressionAttributeNames: { '#search': 'search' },
        }),
        ExpressionAttributeValues: { ':pk': partition, ...(words && { ':words': words }) },
        Limit: limit,
        ...(cursor && { ExclusiveStartKey: decodeCursor(cursor, partition) }),
      }),
    );
    return {
      items: (page.Items ?? []).map((record) => record.item as Item),
      ...(page.LastEvaluatedKey && { cursor: encodeCursor(page.LastEvaluatedKey) }),
    };
  },

  async allOfFamily(family) {
    const records = await queryAll(tableName, {
      IndexName: loansKeys.family.index,
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': loansKeys.familyPartition(family) },
    });
    return records.map((record) => record.item as Item);
  },

  /**
   * 1. the item, on its version (or that it does not exist yet); 2. its line of history; 3. the guards it takes
   * (none may be another item's) and those it leaves; 4. its events (the outbox) and audit entry.
   */
  async save(change, previous, events) {
    const { item } = change;
    const now = guardsOf(item);
    const before = previous ? guardsOf(previous) : [];
    const taken = now.filter(({ key }) => !before.some((old) => sameKey(old.key, key)));
    const left = before.filter(({ key }) => !now.some((kept) => sameKey(kept.key, key)));
    const audit = (await auditItemsOf(tableName))(entryOfItemChange(change));
    const condition = previous
      ? {
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': previous.version },
        }
      : { ConditionExpression: 'attribute_not_exists(PK)' };
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: itemRecord(item), ...condition } },
            {
              Put: {
                TableName: tableName,
                Item: historyRecord(change),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            ...taken.map(({ key }) => ({
              Put: {
                TableName: tableName,
                Item: guardRecord(key, item.itemId),
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            })),
            ...left.map(({ key }) => ({ Delete: { TableName: tableName, Key: key } })),
            ...events.map((event) => ({
              Put: { TableName: tableName, Item: toOutboxItem(event, new Date()) },
            })),
            { Put: { TableName: tableName, Item: audit } },
          ],
        }),
      );
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = (index: number) => reasons[index]?.Code === 'ConditionalCheckFailed';
      // Another write of the item at the same instant (photos sent at once): as stale, read it again.
      if (previous && reasons[0]?.Code === 'TransactionConflict')
        throw new StaleVersionError('item', item.itemId, previous.version);
      if (failed(0) || failed(1)) {
        if (previous) throw new StaleVersionError('item', item.itemId, previous.version);
        throw new ConflictError('item_id_taken', `An item ${item.itemId} exists already`);
      }
      const guard = taken.find((_, index) => failed(2 + index));
      if (guard?.kind === 'serial')
        throw new ConflictError(
          'serial_number_taken',
          `Another item of this maker has serial number ${item.serialNumber}`,
        );
      if (guard?.kind === 'source')
        throw new ConflictError('already_imported', 'This line was imported already');
      throw error;
    }
  },

  async taken({ serialKeys, sourceIds }) {
    // BatchGetItem refuses a key twice: two lines of one file may name the same serial number.
    const keys = [
      ...[...new Set(serialKeys)].map(loansKeys.serialGuard),
      ...[...new Set(sourceIds)].map(loansKeys.sourceGuard),
    ];
    const records = await batchGet(tableName, keys);
    return new Set(
      records.map((record) => {
        const pk = String(record.PK);
        return pk.startsWith('LOANS-SERIAL#')
          ? pk.slice('LOANS-SERIAL#'.length)
          : pk.slice('LOANS-SOURCE#'.length);
      }),
    );
  },
});
