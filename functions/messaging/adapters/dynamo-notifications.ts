import { createHash } from 'node:crypto';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  defaultPreferences,
  type Notification,
  type NotificationPreferences,
  type PushSubscription,
} from '#domain/messaging/notification';
import type {
  BouncedAddresses,
  NotificationStore,
  OutgoingNotification,
  OutgoingQueue,
  PushSubscriptions,
} from '#domain/messaging/notification-ports';
import { batchGet } from '#functions/lib/batch-get';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { queryAll } from '#functions/lib/query-all';
import { failedOnCondition } from '#functions/lib/transaction-conditions';
import { notificationKeys } from '#infra/definitions/table/messaging-keys';

const notificationFields = [
  'notificationId',
  'personId',
  'kind',
  'subject',
  'params',
  'link',
  'occurredAt',
  'receivedAt',
  'urgent',
  'readAt',
] as const;

const notificationOf = (item: Record<string, unknown>): Notification =>
  Object.fromEntries(
    notificationFields.filter((field) => item[field] !== undefined).map((field) => [field, item[field]]),
  ) as unknown as Notification;

/** A cursor of the feed: the sort key of the last item of a page, as the portal hands it back. */
const cursorOf = (sortKey: string) => Buffer.from(sortKey).toString('base64url');
const sortKeyOf = (cursor: string) => {
  const sortKey = Buffer.from(cursor, 'base64url').toString();
  return sortKey.startsWith(notificationKeys.itemPrefix) ? sortKey : undefined;
};

/** Each person's feed, count and choices in the school table (messaging-keys.ts, notifications). */
export const dynamoNotificationStore = (tableName: string): NotificationStore => ({
  async add(notification, queued) {
    const { personId, occurredAt, notificationId } = notification;
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: { ...notificationKeys.item(personId, occurredAt, notificationId), ...notification },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            {
              Update: {
                TableName: tableName,
                Key: notificationKeys.unread(personId),
                UpdateExpression: 'ADD unread :one',
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
            ...(queued.outgoing
              ? [
                  {
                    Put: {
                      TableName: tableName,
                      Item: {
                        ...notificationKeys.outgoing(queued.outgoing, personId, notificationId),
                        releaseAt: queued.outgoing,
                        notification,
                      },
                    },
                  },
                ]
              : []),
            ...(queued.digest
              ? [
                  {
                    Put: {
                      TableName: tableName,
                      Item: {
                        ...notificationKeys.digest(personId, occurredAt, notificationId),
                        notification,
                      },
                    },
                  },
                ]
              : []),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (failedOnCondition(error, 0)) return false;
      throw error;
    }
  },

  async feed(personId, { limit, before }) {
    const beforeKey = before ? sortKeyOf(before) : undefined;
    const page = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: beforeKey
          ? 'PK = :pk AND SK BETWEEN :prefix AND :before'
          : 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: {
          ':pk': notificationKeys.person(personId),
          ':prefix': notificationKeys.itemPrefix,
          ...(beforeKey && { ':before': beforeKey }),
        },
        ScanIndexForward: false,
        // One more than a page: the cursor is given only when there is more.
        Limit: limit + 2,
      }),
    );
    const items = (page.Items ?? []).filter((item) => item.SK !== beforeKey);
    const shown = items.slice(0, limit);
    const last = shown.at(-1);
    return {
      items: shown.map(notificationOf),
      ...(items.length > limit && last && { next: cursorOf(String(last.SK)) }),
    };
  },

  async unread(personId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: notificationKeys.unread(personId) }),
    );
    return {
      count: Math.max(0, Number(Item?.unread ?? 0)),
      ...(typeof Item?.readUpTo === 'string' && { readUpTo: Item.readUpTo }),
    };
  },

  async markAllRead(personId, at) {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName,
        Key: notificationKeys.unread(personId),
        UpdateExpression: 'SET unread = :zero, readUpTo = :at',
        ExpressionAttributeValues: { ':zero': 0, ':at': at },
      }),
    );
  },

  async markRead(personId, { notificationId, occurredAt }, at) {
    const { Item: found } = await documentClient.send(
      new GetCommand({
        TableName: tableName,
        Key: notificationKeys.item(personId, occurredAt, notificationId),
        ProjectionExpression: 'PK, SK, receivedAt, readAt',
      }),
    );
    if (!found) return 'unknown';
    if (found.readAt !== undefined) return 'already-read';
    const { readUpTo } = await this.unread(personId);
    const countedUnread = readUpTo === undefined || String(found.receivedAt) > readUpTo;
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName,
                Key: { PK: found.PK, SK: found.SK },
                UpdateExpression: 'SET readAt = :at',
                ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(readAt)',
                ExpressionAttributeValues: { ':at': at },
              },
            },
            ...(countedUnread
              ? [
                  {
                    // Down by one only while the count is above zero and no « tout marquer » came in between.
                    Update: {
                      TableName: tableName,
                      Key: notificationKeys.unread(personId),
                      UpdateExpression: 'ADD unread :minusOne',
                      ConditionExpression:
                        'unread > :zero AND ' +
                        (readUpTo === undefined ? 'attribute_not_exists(readUpTo)' : 'readUpTo = :readUpTo'),
                      ExpressionAttributeValues: {
                        ':minusOne': -1,
                        ':zero': 0,
                        ...(readUpTo !== undefined && { ':readUpTo': readUpTo }),
                      },
                    },
                  },
                ]
              : []),
          ],
        }),
      );
      return 'marked';
    } catch (error) {
      if (failedOnCondition(error, 0)) return 'already-read';
      // The count changed meanwhile (read all, or zero): the item alone is marked.
      if (failedOnCondition(error, 1)) {
        await documentClient
          .send(
            new UpdateCommand({
              TableName: tableName,
              Key: { PK: found.PK, SK: found.SK },
              UpdateExpression: 'SET readAt = :at',
              ConditionExpression: 'attribute_not_exists(readAt)',
              ExpressionAttributeValues: { ':at': at },
            }),
          )
          .catch(() => undefined);
        return 'marked';
      }
      throw error;
    }
  },

  async preferencesOf(personIds) {
    const items = await batchGet(tableName, [...new Set(personIds)].map(notificationKeys.choices));
    return new Map(
      items.map((item) => [
        String(item.personId),
        {
          choices: { ...defaultPreferences.choices, ...(item.choices as object) },
          quietHours: item.quietHours !== false,
          quietWeekends: item.quietWeekends !== false,
        } satisfies NotificationPreferences,
      ]),
    );
  },

  async savePreferences(personId, preferences) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...notificationKeys.choices(personId), personId, ...preferences },
      }),
    );
  },
});

/** What waits to be mailed: held by quiet hours or to go now, and the digest's. */
export const dynamoOutgoingQueue = (tableName: string): OutgoingQueue => ({
  async due(now) {
    const items = await queryAll(tableName, {
      // `~` sorts after every character of an id: every entry released at `now` or before.
      KeyConditionExpression: 'PK = :pk AND SK <= :upTo',
      ExpressionAttributeValues: { ':pk': notificationKeys.outgoingPartition, ':upTo': `${now}~` },
    });
    return items.map((item) => ({
      releaseAt: String(item.releaseAt),
      notification: item.notification as Notification,
    }));
  },
  async sent({ releaseAt, notification }: OutgoingNotification) {
    await documentClient.send(
      new DeleteCommand({
        TableName: tableName,
        Key: notificationKeys.outgoing(releaseAt, notification.personId, notification.notificationId),
      }),
    );
  },
  async digestWaiting() {
    const items = await queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': notificationKeys.digestPartition },
    });
    return items.map((item) => item.notification as Notification);
  },
  async digestSent(notifications) {
    for (const notification of notifications) {
      await documentClient.send(
        new DeleteCommand({
          TableName: tableName,
          Key: notificationKeys.digest(
            notification.personId,
            notification.occurredAt,
            notification.notificationId,
          ),
        }),
      );
    }
  },
});

const endpointHash = (endpoint: string) => createHash('sha256').update(endpoint).digest('hex').slice(0, 32);

/** A person's browsers that asked for pushes, one item each under the person's partition. */
export const dynamoPushSubscriptions = (tableName: string): PushSubscriptions => ({
  async of(personIds) {
    const entries = await Promise.all(
      [...new Set(personIds)].map(async (personId) => {
        const items = await queryAll(tableName, {
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
          ExpressionAttributeValues: {
            ':pk': notificationKeys.person(personId),
            ':prefix': notificationKeys.pushPrefix,
          },
        });
        return [personId, items.map((item) => item.subscription as PushSubscription)] as const;
      }),
    );
    return new Map(entries.filter(([, subscriptions]) => subscriptions.length > 0));
  },
  async add(personId, subscription) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...notificationKeys.pushSubscription(personId, endpointHash(subscription.endpoint)),
          subscription,
        },
      }),
    );
  },
  async remove(personId, endpoint) {
    await documentClient.send(
      new DeleteCommand({
        TableName: tableName,
        Key: notificationKeys.pushSubscription(personId, endpointHash(endpoint)),
      }),
    );
  },
});

/** Addresses SES reported as bouncing or complaining, by address (lower case). */
export const dynamoBouncedAddresses = (tableName: string): BouncedAddresses => ({
  async bouncedAmong(emails) {
    const unique = [...new Set(emails.map((email) => email.toLowerCase()))];
    const items = await batchGet(tableName, unique.map(notificationKeys.bounced));
    return new Set(items.map((item) => String(item.email)));
  },
  async mark(email, reason, at) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...notificationKeys.bounced(email), email: email.toLowerCase(), reason, at },
      }),
    );
  },
});
