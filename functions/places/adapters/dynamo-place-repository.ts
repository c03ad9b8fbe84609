import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Place } from '#domain/places/place';
import type { PlacePage, PlaceRepository, PlaceSelection } from '#domain/places/place-repository';
import { ValidationError } from '#domain/shared/errors';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { versionedPuts } from '#functions/lib/put-versioned-with-events';
import { placeKeys, schoolTable } from '#infra/definitions/school-table';
import { fromPlaceItem, toPlaceItem } from './place-item';

export const dynamoPlaceRepository = (tableName: string): PlaceRepository => ({
  ...versionedPuts(tableName, { resource: 'place', idOf: (place: Place) => place.id, toItem: toPlaceItem }),

  async get(placeId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: placeKeys.item(placeId) }),
    );
    return Item ? fromPlaceItem(Item) : undefined;
  },

  async select(selection) {
    const { index, partitionKey } = chooseIndex(selection);
    const keyAttribute = indexKeyAttribute(index);
    const cursorAttributes = keyAttributesOf(index);
    const siteFilter = selection.kind !== undefined && selection.siteKey !== undefined;
    const result = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index,
        KeyConditionExpression: '#pk = :pk',
        FilterExpression: siteFilter ? 'siteKey = :siteKey' : undefined,
        ExpressionAttributeNames: { '#pk': keyAttribute },
        ExpressionAttributeValues: {
          ':pk': partitionKey,
          ...(siteFilter ? { ':siteKey': selection.siteKey } : {}),
        },
        Limit: selection.limit,
        ExclusiveStartKey: decodeCursor(selection.cursor, keyAttribute, partitionKey, cursorAttributes),
      }),
    );
    return {
      items: (result.Items ?? []).map(fromPlaceItem),
      nextCursor: result.LastEvaluatedKey ? encodeCursor(result.LastEvaluatedKey) : null,
    } satisfies PlacePage;
  },
});

/** By kind when a kind is asked (then the site, if any, filters that one partition), else by site, else all. */
const chooseIndex = ({ status, kind, siteKey }: PlaceSelection) => {
  if (kind !== undefined) return placeKeys.byKind(status, kind);
  if (siteKey !== undefined) return placeKeys.bySite(status, siteKey);
  return placeKeys.byStatus(status);
};

const indexKeyAttribute = (indexName: string) => {
  const index = schoolTable.indexes.find((candidate) => candidate.indexName === indexName);
  if (!index) throw new Error(`Unknown index ${indexName}`);
  return index.partitionKey;
};

const encodeCursor = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** The attributes of a key a query of an index stops at: the table's key and the index's. */
const keyAttributesOf = (indexName: string) => {
  const index = schoolTable.indexes.find((candidate) => candidate.indexName === indexName);
  return [schoolTable.partitionKey, schoolTable.sortKey, index?.partitionKey, index?.sortKey]
    .sort()
    .join(',');
};

/**
 * A cursor is only good for the listing that gave it: one from another listing, or one crafted with other
 * attributes (which DynamoDB would refuse with an error of its own), is refused, not followed.
 */
const decodeCursor = (
  cursor: string | undefined,
  keyAttribute: string,
  partitionKey: string,
  attributes: string,
) => {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const isValid =
    typeof key === 'object' &&
    key !== null &&
    Object.keys(key).sort().join(',') === attributes &&
    Object.values(key).every(
      (value) => typeof value === 'string' && value.length > 0 && value.length <= 1024,
    ) &&
    (key as Record<string, string>)[keyAttribute] === partitionKey;
  if (!isValid)
    throw new ValidationError('cursor', 'does not belong to this listing: start again without it');
  return key as Record<string, string>;
};
