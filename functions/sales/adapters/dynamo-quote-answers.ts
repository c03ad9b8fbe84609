import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Offer } from '#domain/sales/offer';
import { QuoteAlreadyAnsweredError } from '#domain/sales/offer-errors';
import type { QuoteAnswerStore, QuoteChange } from '#domain/sales/quote-answers';
import { StaleVersionError } from '#domain/shared/errors';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { failedOnCondition } from '#functions/lib/transaction-conditions';
import { stillAtVersion } from '#functions/lib/version-condition';
import { salesKeys } from '#infra/definitions/school-table';
import { fromQuoteItem, toQuoteItem } from './quote-item';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const offerItem = (offer: Offer) => ({
  ...salesKeys.offer(offer.tokenHash),
  entity: 'sales-offer',
  ...offer,
});

/**
 * Sending, answering, cancelling and expiring quotes in the school table: each one transaction, the quote first
 * (on condition of the version read), so a refused condition names a stale quote, then the offer, the expiry's
 * index item, the outbox's events and the audit entry.
 */
export const dynamoQuoteAnswers = (tableName: string): QuoteAnswerStore => {
  const transact = async (change: QuoteChange, items: TransactItem[]) => {
    const audit = (await auditItemsOf(tableName))(change.audit);
    const now = new Date();
    await retriedOnCollision(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: toQuoteItem(change.quote),
              ...stillAtVersion(change.expectedVersion),
            },
          },
          ...items,
          ...change.events.map((event) => ({
            Put: { TableName: tableName, Item: toOutboxItem(event, now) },
          })),
          { Put: { TableName: tableName, Item: audit } },
        ],
      }),
    );
  };
  const stale = (change: QuoteChange) =>
    new StaleVersionError('quote', change.quote.quoteId, change.expectedVersion);

  return {
    async quote(quoteId) {
      const { Item } = await documentClient.send(
        new GetCommand({ TableName: tableName, Key: salesKeys.quote(quoteId), ConsistentRead: true }),
      );
      return Item ? fromQuoteItem(Item) : undefined;
    },

    async offer(tokenHash) {
      const { Item } = await documentClient.send(
        new GetCommand({ TableName: tableName, Key: salesKeys.offer(tokenHash), ConsistentRead: true }),
      );
      if (!Item) return undefined;
      const { PK: _pk, SK: _sk, entity: _entity, ...offer } = Item;
      return offer as Offer;
    },

    async send(change) {
      const { quote, offer, expiresAt } = change;
      await transact(change, [
        {
          Put: {
            TableName: tableName,
            Item: offerItem(offer),
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        {
          Put: {
            TableName: tableName,
            Item: {
              ...salesKeys.expiring(expiresAt, quote.quoteId),
              entity: 'sales-expiring',
              quoteId: quote.quoteId,
              expiresAt,
            },
          },
        },
      ]).catch((error: unknown) => {
        throw failedOnCondition(error, 0) ? stale(change) : error;
      });
    },

    async answer(change) {
      const { quote, offer, expiresAt } = change;
      await transact(change, [
        // The first answer holds: the offer is answered only if it is still open.
        {
          Put: {
            TableName: tableName,
            Item: offerItem(offer),
            ConditionExpression: '#status = :open',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':open': 'open' },
          },
        },
        { Delete: { TableName: tableName, Key: salesKeys.expiring(expiresAt, quote.quoteId) } },
      ]).catch((error: unknown) => {
        if (failedOnCondition(error, 1)) throw new QuoteAlreadyAnsweredError();
        if (failedOnCondition(error, 0)) throw stale(change);
        throw error;
      });
    },

    async close(change) {
      const { quote, expiresAt } = change;
      await transact(
        change,
        expiresAt
          ? [{ Delete: { TableName: tableName, Key: salesKeys.expiring(expiresAt, quote.quoteId) } }]
          : [],
      ).catch((error: unknown) => {
        throw failedOnCondition(error, 0) ? stale(change) : error;
      });
    },

    async expiringBy(instant, limit) {
      const { Items } = await documentClient.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'PK = :pk AND SK <= :until',
          ExpressionAttributeValues: { ':pk': salesKeys.expiringPartition, ':until': `${instant}~` },
          Limit: limit,
          ConsistentRead: true,
        }),
      );
      return (Items ?? []).map((item) => ({
        quoteId: String(item.quoteId),
        expiresAt: String(item.expiresAt),
      }));
    },
  };
};

/**
 * Runs a transaction, again after a short random pause when another held the same items (the client's answer and
 * the expiry at the same moment): the second try then meets the first one's condition.
 */
const retriedOnCollision = async (command: TransactWriteCommand) => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await documentClient.send(command);
      return;
    } catch (error) {
      const collided =
        error instanceof TransactionCanceledException &&
        (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict');
      if (!collided || attempt >= 8) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40 * (attempt + 1)));
    }
  }
};
