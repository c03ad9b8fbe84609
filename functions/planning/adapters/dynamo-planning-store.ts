import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AgendaEntry } from '../../../domain/planning/agenda-entry';
import { SlotTakenError } from '../../../domain/planning/planning-errors';
import type { PlanningChange, PlanningStore } from '../../../domain/planning/planning-ports';
import { type ResourceDay, resourceDayKey, resourcesOf } from '../../../domain/planning/resource-days';
import { ConflictError, StaleVersionError } from '../../../domain/shared/errors';
import { planningKeys } from '../../../infra/definitions/school-table';
import { batchGet } from '../../lib/batch-get';
import { documentClient } from '../../lib/clients/dynamodb';
import { toOutboxItem } from '../../lib/outbox';
import { queryAll, queryPartition } from '../../lib/query-all';
import { stillAtVersion } from '../../lib/version-condition';
import { fromActivityItem, toActivityItem } from './activity-item';
import { entriesOfDay } from './agenda-day-item';
import { type DayChange, dayUpdate } from './day-update';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** DynamoDB takes 100 items a transaction; the last one also carries the activity and its events. */
const dayUpdatesPerTransaction = 90;

export const dynamoPlanningStore = (tableName: string): PlanningStore => ({
  async plannedOn(days) {
    const items = await batchGet(
      tableName,
      days.map(({ resource, date }) => planningKeys.day(resource.kind, resource.id, date)),
      { consistent: true },
    );
    return new Map(
      items.map((item) => [
        resourceDayKey({
          resource: {
            kind: item.resourceKind as ResourceDay['resource']['kind'],
            id: String(item.resourceId),
          },
          date: String(item.SK),
        }),
        entriesOfDay(item),
      ]),
    );
  },

  async agenda(resource, from, to) {
    const items = await queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': planningKeys.agenda(resource.kind, resource.id),
        ':from': from,
        ':to': to,
      },
    });
    return items.flatMap(entriesOfDay);
  },

  async placesOn(date) {
    const items = await queryPartition(tableName, planningKeys.placesOn(date));
    return new Map(items.map((item) => [String(item.resourceId), entriesOfDay(item)]));
  },

  async allOn(date) {
    return (await queryPartition(tableName, planningKeys.projectsOn(date))).flatMap(entriesOfDay);
  },

  async getActivity(activityId) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: planningKeys.activity(activityId), ConsistentRead: true }),
    );
    return Item ? fromActivityItem(Item) : undefined;
  },

  async activitiesOf(projectId) {
    return (await queryPartition(tableName, planningKeys.activitiesOf(projectId))).map(fromActivityItem);
  },

  async save(change) {
    const chunks = chunked(dayChangesOf(change), dayUpdatesPerTransaction);
    const written: DayChange[][] = [];
    for (const [index, chunk] of chunks.entries()) {
      const isLast = index === chunks.length - 1;
      const items = [
        ...chunk.map((day) => dayUpdate(tableName, day, change.guarded)),
        ...(isLast ? finalItems(tableName, change) : []),
      ];
      try {
        await transact(items);
      } catch (error) {
        // A series written in several transactions is all or nothing: what was written is taken back.
        await undo(tableName, written.flat());
        throw whyRefused(error, change, chunk.length);
      }
      written.push(chunk);
    }
  },
});

/** Each resource-day the change touches, with the occurrences it adds and removes there. */
const dayChangesOf = (change: PlanningChange): DayChange[] => {
  const days = new Map<string, DayChange>();
  const place = (entries: AgendaEntry[], part: 'add' | 'remove') => {
    for (const entry of entries) {
      for (const resource of resourcesOf(entry)) {
        const day = { resource, date: entry.date };
        const key = resourceDayKey(day);
        const dayChange = days.get(key) ?? { day, activityId: change.activity.id, add: [], remove: [] };
        dayChange[part].push(entry);
        days.set(key, dayChange);
      }
    }
  };
  place(change.add, 'add');
  place(change.remove, 'remove');
  return [...days.values()];
};

/** The activity (new, or still at the version read) and the events announcing the change. */
const finalItems = (tableName: string, change: PlanningChange): TransactItem[] => {
  const now = new Date();
  return [
    {
      Put: {
        TableName: tableName,
        Item: toActivityItem(change.activity),
        ...(change.expectedVersion === undefined
          ? { ConditionExpression: 'attribute_not_exists(PK)' }
          : stillAtVersion(change.expectedVersion)),
      },
    },
    ...change.events.map((event) => ({ Put: { TableName: tableName, Item: toOutboxItem(event, now) } })),
  ];
};

/**
 * Runs a transaction, again after a short random pause when another one held the same items (two planners at
 * the same moment): the second try then meets the first one's condition, or none.
 */
const transact = async (items: TransactItem[]) => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await documentClient.send(new TransactWriteCommand({ TransactItems: items }));
      return;
    } catch (error) {
      if (!collided(error) || attempt >= 12) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40 * (attempt + 1)));
    }
  }
};

const collided = (error: unknown) =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict');

const whyRefused = (error: unknown, change: PlanningChange, dayCount: number) => {
  if (!(error instanceof TransactionCanceledException)) return error;
  const reasons = error.CancellationReasons ?? [];
  if (reasons[dayCount]?.Code === 'ConditionalCheckFailed') {
    return new StaleVersionError('activity', change.activity.id, change.expectedVersion ?? 0);
  }
  if (reasons.some((reason) => reason.Code === 'ConditionalCheckFailed')) return new SlotTakenError();
  if (collided(error)) return new ConflictError('busy', 'Others are changing the same plannings: try again');
  return error;
};

const undo = async (tableName: string, written: DayChange[]) => {
  if (written.length === 0) return;
  for (const chunk of chunked(written, dayUpdatesPerTransaction)) {
    await transact(
      chunk.map((day) => dayUpdate(tableName, { ...day, add: day.remove, remove: day.add }, false)),
    );
  }
};

const chunked = <T>(items: T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks.length > 0 ? chunks : [[]];
};
