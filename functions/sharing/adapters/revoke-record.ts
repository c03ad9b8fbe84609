import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { FeedSelection } from '#domain/sharing/calendar-feed';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { remove, writeRequests } from '#functions/lib/write-requests';

const same = (a: FeedSelection) => (b: FeedSelection) => a.kind === b.kind && a.id === b.id;

/**
 * Revokes a shared planning's record (a feed under `feed`, a mini-site under `site`): one conditional update turns
 * it from active to revoked, its version up by one, and takes it out of the index of active ones; a revoked record
 * is left as it is. Then the links that lead planning changes to it are deleted, each once (two tabs on one
 * project list it twice). The record keeps its list of sources, so that a revocation cut short, run again,
 * finishes deleting them. The audit item, when given, is written in the same transaction as the revocation: once,
 * by the request that revoked. The record as it stands after; undefined when there is none.
 */
export const revokeRecord = async (
  tableName: string,
  key: Record<string, string>,
  attribute: 'feed' | 'site',
  linkKey: (source: FeedSelection) => Record<string, string>,
  auditItem?: Record<string, unknown>,
): Promise<Record<string, unknown> | undefined> => {
  const item = await revokeOnce(tableName, key, attribute, auditItem);
  if (!item) return undefined;
  const shows = (item.shows as FeedSelection[] | undefined) ?? [];
  const once = shows.filter((source, index) => shows.findIndex(same(source)) === index);
  await writeRequests(
    tableName,
    once.map((source) => remove(linkKey(source))),
  );
  return item;
};

const revokeOnce = async (
  tableName: string,
  key: Record<string, string>,
  attribute: 'feed' | 'site',
  auditItem: Record<string, unknown> | undefined,
) => {
  const revocation = {
    TableName: tableName,
    Key: key,
    UpdateExpression:
      'SET #record.#status = :revoked, #record.#version = #record.#version + :one REMOVE GSI1PK, GSI1SK',
    ConditionExpression: '#record.#status = :active',
    ExpressionAttributeNames: { '#record': attribute, '#status': 'status', '#version': 'version' },
    ExpressionAttributeValues: { ':revoked': 'revoked', ':active': 'active', ':one': 1 },
  };
  try {
    if (!auditItem) {
      const { Attributes } = await documentClient.send(
        new UpdateCommand({ ...revocation, ReturnValues: 'ALL_NEW' }),
      );
      return Attributes;
    }
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [{ Update: revocation }, { Put: { TableName: tableName, Item: auditItem } }],
      }),
    );
  } catch (error) {
    const refused =
      error instanceof ConditionalCheckFailedException ||
      (error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed');
    if (!refused) throw error;
    // Revoked already, or no such record: read below.
  }
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
  );
  return Item;
};
