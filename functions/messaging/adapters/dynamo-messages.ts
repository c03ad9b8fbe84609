import {
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type InboxEntry, type Message, type MessageHead, searchWordsOf } from '#domain/messaging/message';
import type { InboxPage, InboxStore, MessageStore } from '#domain/messaging/message-ports';
import { batchGet } from '#functions/lib/batch-get';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll } from '#functions/lib/query-all';
import { put, writeRequests } from '#functions/lib/write-requests';
import { messageKeys, outboxKeys } from '#infra/definitions/school-table';

/** What a head is read with: everything but the recipients (up to a whole collège's ids). */
const headProjection = {
  ProjectionExpression:
    'id, conversationId, senderId, senderName, subject, #text, sentAt, audiences, repliesTo, expiresAt, withdrawn, attachments',
  ExpressionAttributeNames: { '#text': 'text' },
};

const messageItem = (message: Message) => ({
  ...messageKeys.message(message.id),
  ...messageKeys.conversationIndexAttributes(message),
  entity: 'message',
  ...message,
});

const fromMessageItem = ({ PK, SK, GSI1PK, GSI1SK, entity, ...message }: Record<string, unknown>) =>
  message as unknown as Message;

const entryItem = (entry: InboxEntry, words: string) => ({
  ...messageKeys.inboxEntry(entry.personId, entry.sentAt, entry.messageId),
  entity: 'inbox-entry',
  ...entry,
  words,
});

const fromEntryItem = ({ PK, SK, entity, words, ...entry }: Record<string, unknown>) =>
  entry as unknown as InboxEntry;

const cursorOf = (key: Record<string, unknown> | undefined) =>
  key ? Buffer.from(String(key.SK)).toString('base64url') : undefined;

const startKeyOf = (personId: string, cursor: string | undefined) =>
  cursor === undefined
    ? undefined
    : { PK: messageKeys.inbox(personId), SK: Buffer.from(cursor, 'base64url').toString('utf8') };

const keyString = (key: Record<string, unknown>) => `${key.PK}|${key.SK}`;

export const dynamoMessages = (tableName: string): MessageStore => ({
  async add(message, senderCopy, events) {
    const now = new Date();
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: messageItem(message),
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          { Put: { TableName: tableName, Item: entryItem(senderCopy, searchWordsOf(message)) } },
          ...events.map((event) => ({ Put: { TableName: tableName, Item: toOutboxItem(event, now) } })),
        ],
      }),
    );
  },

  async get(messageId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: messageKeys.message(messageId) }),
    );
    return Item ? fromMessageItem(Item) : undefined;
  },

  async head(messageId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: messageKeys.message(messageId), ...headProjection }),
    );
    return Item as MessageHead | undefined;
  },

  async ofConversation(conversationId) {
    const { index, partitionKey } = messageKeys.conversation(conversationId);
    const items = await queryAll(tableName, {
      IndexName: index,
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': partitionKey },
    });
    return items.map(fromMessageItem);
  },

  async keepRecipients(messageId, recipientIds) {
    try {
      await documentClient.send(
        new UpdateCommand({
          TableName: tableName,
          Key: messageKeys.message(messageId),
          UpdateExpression: 'SET recipientIds = :ids REMOVE pending',
          ConditionExpression: 'attribute_exists(PK) AND pending = :pending',
          ExpressionAttributeValues: { ':ids': recipientIds, ':pending': true },
        }),
      );
      return recipientIds;
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      // Resolved by an earlier run of the step: the list kept then stands.
      const { Item } = await documentClient.send(
        new GetCommand({
          TableName: tableName,
          Key: messageKeys.message(messageId),
          ProjectionExpression: 'recipientIds',
          ConsistentRead: true,
        }),
      );
      return (Item?.recipientIds as string[] | undefined) ?? [];
    }
  },
});

/** A search reads at most this many of one's copies per request, then gives a cursor. */
const searchReadsPerRequest = 1000;
/** The copies an unread count looks at: one's latest. */
const unreadWindow = 500;

export const dynamoInbox = (tableName: string): InboxStore => {
  const query = async (input: Omit<QueryCommandInput, 'TableName'>, limit: number): Promise<InboxPage> => {
    const entries: InboxEntry[] = [];
    let startKey = input.ExclusiveStartKey;
    let read = 0;
    do {
      const page = await documentClient.send(
        new QueryCommand({ ...input, TableName: tableName, ExclusiveStartKey: startKey }),
      );
      entries.push(...(page.Items ?? []).map(fromEntryItem));
      read += page.ScannedCount ?? 0;
      startKey = page.LastEvaluatedKey;
    } while (startKey && input.FilterExpression && entries.length < limit && read < searchReadsPerRequest);
    const next = cursorOf(startKey);
    return { entries, ...(next && { next }) };
  };

  return {
    page: (personId, { after, limit }) =>
      query(
        {
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': messageKeys.inbox(personId) },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: startKeyOf(personId, after),
        },
        limit,
      ),

    search: (personId, terms, { after, limit }) =>
      query(
        {
          KeyConditionExpression: 'PK = :pk',
          FilterExpression: terms.map((_, index) => `contains(words, :t${index})`).join(' AND '),
          ExpressionAttributeValues: {
            ':pk': messageKeys.inbox(personId),
            ...Object.fromEntries(terms.map((term, index) => [`:t${index}`, term])),
          },
          ScanIndexForward: false,
          Limit: 200,
          ExclusiveStartKey: startKeyOf(personId, after),
        },
        limit,
      ),

    async heads(messageIds) {
      const items = await batchGet(tableName, messageIds.map(messageKeys.message), headProjection);
      return items as unknown as MessageHead[];
    },

    async entriesOf(personId, messages) {
      if (messages.length === 0) return [];
      const items = await batchGet(
        tableName,
        messages.map((message) => messageKeys.inboxEntry(personId, message.sentAt, message.id)),
      );
      return items.map(fromEntryItem);
    },

    async markRead(entries, at) {
      await Promise.all(
        entries.map((entry) =>
          documentClient
            .send(
              new UpdateCommand({
                TableName: tableName,
                Key: messageKeys.inboxEntry(entry.personId, entry.sentAt, entry.messageId),
                UpdateExpression: 'SET readAt = :at',
                ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(readAt)',
                ExpressionAttributeValues: { ':at': at },
              }),
            )
            .catch((error: unknown) => {
              // Read in another tab meanwhile: the first reading stands.
              if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
            }),
        ),
      );
    },

    async unreadCount(personId) {
      const { Count = 0 } = await documentClient.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'PK = :pk',
          FilterExpression: 'box = :received AND attribute_not_exists(readAt)',
          ExpressionAttributeValues: { ':pk': messageKeys.inbox(personId), ':received': 'received' },
          ScanIndexForward: false,
          Limit: unreadWindow,
          Select: 'COUNT',
        }),
      );
      return Count;
    },

    async deliver(entries, words, event) {
      const eventKey = outboxKeys.event(event.detail.metadata.eventId);
      const keys = entries.map((entry) =>
        messageKeys.inboxEntry(entry.personId, entry.sentAt, entry.messageId),
      );
      const present = new Set(
        (await batchGet(tableName, [...keys, eventKey], { ProjectionExpression: 'PK, SK' })).map(keyString),
      );
      const missing = entries.filter((_, index) => !present.has(keyString(keys[index] ?? {})));
      await writeRequests(
        tableName,
        missing.map((entry) => put(entryItem(entry, words))),
      );
      // Announced once every copy is there; a retry after the announcement announces nothing again.
      if (!present.has(keyString(eventKey))) {
        await writeRequests(tableName, [put(toOutboxItem(event, new Date()))]);
      }
      return { written: missing.length };
    },
  };
};
