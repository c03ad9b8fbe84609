import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { DueWork, SessionEntry, ShelfLink } from '#domain/homework/homework';
import type { HomeworkStore } from '#domain/homework/homework-ports';
import { ConflictError, StaleVersionError, ValidationError } from '#domain/shared/errors';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll, queryPartition } from '#functions/lib/query-all';
import { failedOnCondition, keyText } from '#functions/lib/transaction-conditions';
import { homeworkKeys } from '#infra/definitions/school-table';

type Key = { PK: string; SK: string };

/** DynamoDB's limit on the items of one transaction. */
const transactionLimit = 100;

/** The copies an entry is written to: each class's and teacher's book, each class's due list. */
const copiesOf = (entry: SessionEntry) => {
  const { session } = entry;
  const summary = {
    activityId: session.activityId,
    seriesDate: session.seriesDate,
    title: session.title,
    date: session.date,
    classIds: session.classIds,
  };
  const book = [
    ...session.classIds.map((id) => homeworkKeys.bookItem('class', id, session)),
    ...session.teacherIds.map((id) => homeworkKeys.bookItem('teacher', id, session)),
  ].map((key) => ({ key, item: { ...key, entity: 'homework-book', entry } }));
  const due = entry.works.flatMap((work) =>
    session.classIds.map((classId) => {
      const key = homeworkKeys.dueItem(classId, work, session);
      const dueWork: DueWork = { ...work, session: summary };
      return { key, item: { ...key, entity: 'homework-due', work: dueWork } };
    }),
  );
  return [...book, ...due];
};

const collided = (error: unknown) =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict');

/**
 * Runs a transaction, again after a short random pause when another one held the same items (two teachers saving
 * at the same moment): the second try then meets the first one's condition, or none.
 */
const transact = async (input: TransactWriteCommandInput) => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await documentClient.send(new TransactWriteCommand(input));
      return;
    } catch (error) {
      if (!collided(error) || attempt >= 12) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40 * (attempt + 1)));
    }
  }
};

/**
 * Every item a first version of an entry is stored as: the entry (listing its copies), its version in the history,
 * and its copies. The demo seed writes a school's first entries with them.
 */
export const firstEntryItems = (entry: SessionEntry) => {
  const { activityId, seriesDate } = entry.session;
  const copies = copiesOf(entry);
  return [
    {
      ...homeworkKeys.entry(activityId, seriesDate),
      entity: 'homework-entry',
      version: entry.version,
      entry,
      copies: copies.map(({ key }) => key),
    },
    { ...homeworkKeys.version(activityId, seriesDate, entry.version), entity: 'homework-version', entry },
    ...copies.map(({ item }) => item),
  ];
};

const spanQuery = (partitionKey: string, from: string, to: string) => {
  const span = homeworkKeys.span(from, to);
  return {
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': partitionKey, ':from': span.from, ':to': span.to },
  };
};

export const dynamoHomework = (tableName: string): HomeworkStore => {
  const getItem = async (key: Key, consistent = false) =>
    (
      await documentClient.send(
        new GetCommand({ TableName: tableName, Key: key, ConsistentRead: consistent }),
      )
    ).Item;

  return {
    async entry({ activityId, seriesDate }) {
      const item = await getItem(homeworkKeys.entry(activityId, seriesDate), true);
      return item?.entry as SessionEntry | undefined;
    },

    async history({ activityId, seriesDate }) {
      const key = homeworkKeys.entry(activityId, seriesDate);
      const items = await queryAll(tableName, {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :version)',
        ExpressionAttributeValues: { ':pk': key.PK, ':version': homeworkKeys.versionPrefix },
        ConsistentRead: true,
      });
      return items.map((item) => item.entry as SessionEntry);
    },

    /**
     * One transaction: the entry on condition of its version, the new version beside the ones kept, its copies,
     * the copies of the version before that it no longer has, and the events.
     */
    async save(entry, previous, events) {
      const { activityId, seriesDate } = entry.session;
      const copies = copiesOf(entry);
      const now = new Set(copies.map(({ key }) => keyText(key)));
      const stale = ((await getItem(homeworkKeys.entry(activityId, seriesDate), true))?.copies ??
        []) as Key[];
      const removed = stale.filter((key) => !now.has(keyText(key)));
      const count = 2 + copies.length + removed.length + events.length;
      // A session of many classes with many works goes past one transaction: fewer works, or one class a session.
      if (count > transactionLimit)
        throw new ValidationError('works', 'too many works for the classes of this session', 'too_long');
      const condition = previous
        ? {
            ConditionExpression: 'version = :version',
            ExpressionAttributeValues: { ':version': previous.version },
          }
        : { ConditionExpression: 'attribute_not_exists(PK)' };
      try {
        await transact({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...homeworkKeys.entry(activityId, seriesDate),
                  entity: 'homework-entry',
                  version: entry.version,
                  entry,
                  copies: copies.map(({ key }) => key),
                },
                ...condition,
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...homeworkKeys.version(activityId, seriesDate, entry.version),
                  entity: 'homework-version',
                  entry,
                },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            ...copies.map(({ item }) => ({ Put: { TableName: tableName, Item: item } })),
            ...removed.map((key) => ({ Delete: { TableName: tableName, Key: key } })),
            ...events.map((event) => ({
              Put: { TableName: tableName, Item: toOutboxItem(event, new Date()) },
            })),
          ],
        });
      } catch (error) {
        if (failedOnCondition(error, 0) || failedOnCondition(error, 1))
          throw new StaleVersionError('session entry', `${activityId}/${seriesDate}`, previous?.version ?? 0);
        throw error;
      }
    },

    async dueFor(classIds, from, to) {
      const lists = await Promise.all(
        [...new Set(classIds)].map((classId) =>
          queryAll(tableName, spanQuery(homeworkKeys.duePartition(classId), from, to)),
        ),
      );
      const works = new Map<string, DueWork>();
      for (const item of lists.flat()) {
        const work = item.work as DueWork;
        works.set(work.workId, work);
      }
      return [...works.values()];
    },

    async doneBy(pupilId, from, to) {
      const items = await queryAll(tableName, {
        ...spanQuery(homeworkKeys.donePartition(pupilId), from, to),
        ProjectionExpression: 'workId',
      });
      return new Set(items.map((item) => String(item.workId)));
    },

    async markDone(pupilId, work, done) {
      const key = homeworkKeys.done(pupilId, work);
      if (done)
        await documentClient.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...key, entity: 'homework-done', workId: work.workId, dueDate: work.dueDate },
          }),
        );
      else await documentClient.send(new DeleteCommand({ TableName: tableName, Key: key }));
    },

    async book(kind, id, from, to) {
      const items = await queryAll(tableName, spanQuery(homeworkKeys.bookPartition(kind, id), from, to));
      return items.map((item) => item.entry as SessionEntry);
    },

    async readers() {
      const items = await queryPartition(tableName, homeworkKeys.readers, [
        'personId',
        'grantedBy',
        'grantedAt',
      ]);
      return items.map((item) => ({
        personId: String(item.personId),
        grantedBy: String(item.grantedBy),
        grantedAt: String(item.grantedAt),
      }));
    },

    async isReader(personId) {
      return (await getItem(homeworkKeys.reader(personId))) !== undefined;
    },

    async grantReader(personId, grantedBy, grantedAt) {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...homeworkKeys.reader(personId),
            ...homeworkKeys.readerIndexAttributes(personId),
            entity: 'homework-reader',
            personId,
            grantedBy,
            grantedAt,
          },
        }),
      );
    },

    async revokeReader(personId) {
      await documentClient.send(
        new DeleteCommand({ TableName: tableName, Key: homeworkKeys.reader(personId) }),
      );
    },

    async shelf(classId) {
      const items = await queryAll(tableName, {
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :link)',
        ExpressionAttributeValues: {
          ':pk': homeworkKeys.shelfPartition(classId),
          ':link': homeworkKeys.shelfLinkPrefix,
        },
        ScanIndexForward: false,
      });
      return items.map((item) => item.link as ShelfLink);
    },

    /** The shelf's count and the link in one transaction: of links added at once past the limit, none is stored. */
    async addShelfLink(link, atMost) {
      try {
        await transact({
          TransactItems: [
            {
              Update: {
                TableName: tableName,
                Key: homeworkKeys.shelfCount(link.classId),
                UpdateExpression: 'SET linkCount = if_not_exists(linkCount, :zero) + :one, entity = :entity',
                ConditionExpression: 'attribute_not_exists(linkCount) OR linkCount < :most',
                ExpressionAttributeValues: {
                  ':zero': 0,
                  ':one': 1,
                  ':most': atMost,
                  ':entity': 'homework-shelf',
                },
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...homeworkKeys.shelfLink(link.classId, link.addedAt, link.linkId),
                  entity: 'homework-shelf-link',
                  linkId: link.linkId,
                  link,
                },
              },
            },
          ],
        });
      } catch (error) {
        if (failedOnCondition(error, 0))
          throw new ConflictError('shelf_full', `A shelf holds at most ${atMost} links`, { limit: atMost });
        throw error;
      }
    },

    async removeShelfLink(classId, linkId) {
      const { Items = [] } = await documentClient.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :link)',
          FilterExpression: 'linkId = :id',
          ExpressionAttributeValues: {
            ':pk': homeworkKeys.shelfPartition(classId),
            ':link': homeworkKeys.shelfLinkPrefix,
            ':id': linkId,
          },
        }),
      );
      const found = Items[0];
      if (!found) return false;
      try {
        await transact({
          TransactItems: [
            {
              Delete: {
                TableName: tableName,
                Key: { PK: found.PK, SK: found.SK },
                ConditionExpression: 'attribute_exists(PK)',
              },
            },
            {
              Update: {
                TableName: tableName,
                Key: homeworkKeys.shelfCount(classId),
                UpdateExpression: 'SET linkCount = linkCount - :one',
                ConditionExpression: 'linkCount > :zero',
                ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
              },
            },
          ],
        });
      } catch (error) {
        if (error instanceof TransactionCanceledException && failedOnCondition(error, 0)) return false;
        throw error;
      }
      return true;
    },
  };
};
