import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { type BookedWeek, bookedMinutesChanges, bookedMinutesOf } from '#domain/booking/booked-minutes';
import type { AgendaEntry } from '#domain/planning/agenda-entry';
import { BookedHoursReachedError, SlotTakenError } from '#domain/planning/planning-errors';
import type { PlanningChange, PlanningStore } from '#domain/planning/planning-ports';
import type { PlanningResource } from '#domain/planning/planning-resource';
import { type ResourceDay, resourceDayKey, resourcesOf } from '#domain/planning/resource-days';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { ConflictError, StaleVersionError } from '#domain/shared/errors';
import { batchGet } from '#functions/lib/batch-get';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll, queryPartition } from '#functions/lib/query-all';
import { stillAtVersion } from '#functions/lib/version-condition';
import { bookingKeys, planningKeys } from '#infra/definitions/school-table';
import { fromActivityItem, toActivityItem } from './activity-item';
import { entriesOfDay } from './agenda-day-item';
import { type BookedMinutesChange, bookedMinutesUpdate } from './booked-minutes-update';
import { type DayChange, dayCheck, dayUpdate } from './day-update';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** DynamoDB takes 100 items a transaction; the last one also carries the activity and its events. */
const unitsPerTransaction = 90;

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
    return agendaOf(tableName, resource, from, { to, consistent: false });
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
    const units: WriteUnit[] = [
      ...dayChangesOf(change).map((day) => ({ kind: 'day' as const, day })),
      ...(change.guarded ? dayChecksOf(change) : []),
      ...(await bookedMinutesChangesOf(tableName, change)).map((week) => ({
        kind: 'minutes' as const,
        week,
      })),
    ];
    const chunks = chunked(units, unitsPerTransaction);
    const written: WriteUnit[][] = [];
    for (const [index, chunk] of chunks.entries()) {
      const isLast = index === chunks.length - 1;
      const items = [
        ...chunk.map((unit) => transactItemOf(tableName, unit, change)),
        ...(isLast ? finalItems(tableName, change) : []),
      ];
      try {
        await transact(items);
      } catch (error) {
        // A series written in several transactions is all or nothing: what was written is taken back.
        await undo(tableName, written.flat());
        throw whyRefused(error, change, chunk);
      }
      written.push(chunk);
    }
  },
});

/**
 * What one transaction item does: a resource's day it writes, a day it only checks free (a student's class), or a
 * person's booked minutes of a week it moves.
 */
type WriteUnit =
  | { kind: 'day'; day: DayChange }
  | { kind: 'check'; day: ResourceDay; entries: AgendaEntry[] }
  | { kind: 'minutes'; week: BookedMinutesChange };

const transactItemOf = (tableName: string, unit: WriteUnit, change: PlanningChange): TransactItem => {
  if (unit.kind === 'day') return dayUpdate(tableName, unit.day, change.guarded);
  if (unit.kind === 'check') return dayCheck(tableName, unit.day, unit.entries);
  return bookedMinutesUpdate(tableName, unit.week, change.bookedMinutesAtMost);
};

/** The days of `alsoFree` resources the added occurrences need free, on each of their dates. */
const dayChecksOf = (change: PlanningChange): WriteUnit[] =>
  (change.alsoFree ?? []).flatMap((resource) => {
    const byDate = new Map<string, AgendaEntry[]>();
    for (const entry of change.add) {
      // A resource the occurrence holds itself is already guarded by its day's update.
      if (resourcesOf(entry).some(({ kind, id }) => kind === resource.kind && id === resource.id)) continue;
      byDate.set(entry.date, [...(byDate.get(entry.date) ?? []), entry]);
    }
    return [...byDate].map(([date, entries]) => ({
      kind: 'check' as const,
      day: { resource, date },
      entries,
    }));
  });

/**
 * The booked minutes of each person and week the change moves. A week counted for the first time starts from
 * the person's planning (one read of each person's span of weeks), so that bookings made before the counts came
 * are not forgotten.
 */
const bookedMinutesChangesOf = async (
  tableName: string,
  change: PlanningChange,
): Promise<BookedMinutesChange[]> => {
  const weeks = bookedMinutesChanges(change.add, change.remove);
  if (weeks.length === 0) return [];
  const keyOf = ({ personId, monday }: BookedWeek) => {
    const { PK, SK } = bookingKeys.bookedMinutes(personId, monday);
    return `${PK}|${SK}`;
  };
  const counted = new Set(
    (
      await batchGet(
        tableName,
        weeks.map(({ personId, monday }) => bookingKeys.bookedMinutes(personId, monday)),
        { consistent: true },
      )
    ).map((item) => `${item.PK}|${item.SK}`),
  );
  const uncounted = weeks.filter((week) => !counted.has(keyOf(week)));
  const bases = new Map<string, number>();
  for (const personId of new Set(uncounted.map((week) => week.personId))) {
    const mondays = uncounted
      .filter((week) => week.personId === personId)
      .map(({ monday }) => monday)
      .sort();
    const planned = await agendaOf(tableName, { kind: 'person', id: personId }, mondays[0] as string, {
      to: plusDays(mondays[mondays.length - 1] as string, 6),
      consistent: true,
    });
    for (const monday of mondays) {
      const ofWeek = planned.filter((entry) => entry.date >= monday && entry.date <= plusDays(monday, 6));
      bases.set(keyOf({ personId, monday }), bookedMinutesOf(ofWeek));
    }
  }
  return weeks.map((week) => ({ ...week, base: bases.get(keyOf(week)) ?? 0 }));
};

const agendaOf = async (
  tableName: string,
  resource: PlanningResource,
  from: string,
  { to, consistent }: { to: string; consistent: boolean },
) => {
  const items = await queryAll(tableName, {
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':pk': planningKeys.agenda(resource.kind, resource.id),
      ':from': from,
      ':to': to,
    },
    ConsistentRead: consistent,
  });
  return items.flatMap(entriesOfDay);
};

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

const whyRefused = (error: unknown, change: PlanningChange, chunk: readonly WriteUnit[]) => {
  if (!(error instanceof TransactionCanceledException)) return error;
  const reasons = error.CancellationReasons ?? [];
  const failed = (index: number) => reasons[index]?.Code === 'ConditionalCheckFailed';
  if (failed(chunk.length)) {
    return new StaleVersionError('activity', change.activity.id, change.expectedVersion ?? 0);
  }
  if (chunk.some((unit, index) => unit.kind !== 'minutes' && failed(index))) return new SlotTakenError();
  if (chunk.some((_, index) => failed(index))) return new BookedHoursReachedError();
  if (collided(error)) return new ConflictError('busy', 'Others are changing the same plannings: try again');
  return error;
};

/** Takes back what earlier transactions of a change wrote: days as they were, minutes counted back. */
const undo = async (tableName: string, written: readonly WriteUnit[]) => {
  const items = written.flatMap((unit): TransactItem[] => {
    if (unit.kind === 'day') {
      return [dayUpdate(tableName, { ...unit.day, add: unit.day.remove, remove: unit.day.add }, false)];
    }
    if (unit.kind === 'minutes') {
      return [bookedMinutesUpdate(tableName, { ...unit.week, minutes: -unit.week.minutes })];
    }
    return [];
  });
  if (items.length === 0) return;
  for (const chunk of chunked(items, unitsPerTransaction)) await transact(chunk);
};

const chunked = <T>(items: T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks.length > 0 ? chunks : [[]];
};
