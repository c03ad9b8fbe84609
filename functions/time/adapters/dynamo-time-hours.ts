import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '#domain/audit/audit-entry';
import { StaleVersionError } from '#domain/shared/errors';
import type { StaffContract } from '#domain/time/contract';
import type { HoursShift, PersonWeek, TimeHoursStore } from '#domain/time/time-hours-ports';
import type { OutgoingEvent } from '#events/envelope';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { batchGet } from '#functions/lib/batch-get';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll } from '#functions/lib/query-all';
import { timeKeys } from '#infra/definitions/school-table';

/**
 * Actual hours, the weekly approval and the totals' reads on the school table (`time-keys.ts`; the design is
 * `domain/time/time-hours-ports.ts`). The week item is the lock: every write here is on condition of its version
 * read, and an entry of hours also on its holding no `approvedAt`.
 */

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const shiftEntity = 'time-shift';
const indexAttributes = ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'entity', 'zone'];

const shiftOf = (item: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(item).filter(([name]) => !indexAttributes.includes(name)),
  ) as unknown as HoursShift;

const weekOf = (personId: string, monday: string, item?: Record<string, unknown>): PersonWeek => ({
  personId,
  monday,
  workedMinutes: Number(item?.workedMinutes ?? 0),
  actualMinutes: Number(item?.actualMinutes ?? 0),
  version: Number(item?.version ?? 0),
  ...(typeof item?.approvedAt === 'string' && {
    approved: {
      at: item.approvedAt,
      by: String(item.approvedBy ?? ''),
      actualMinutes: Number(item.approvedActualMinutes ?? item.actualMinutes ?? 0),
    },
  }),
});

/** The week item's update on the version read: created when absent (version 0), its identity attributes set. */
const weekUpdate = (
  tableName: string,
  week: PersonWeek,
  change: {
    set?: string;
    add?: string;
    remove?: string;
    condition?: string;
    values: Record<string, unknown>;
  },
): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: timeKeys.week(week.personId, week.monday),
    UpdateExpression: [
      `SET entity = :entity, personId = :person, monday = :monday, #version = :next, workedMinutes = if_not_exists(workedMinutes, :zero)${change.set ? `, ${change.set}` : ''}`,
      change.add ? `ADD ${change.add}` : '',
      change.remove ? `REMOVE ${change.remove}` : '',
    ]
      .filter(Boolean)
      .join(' '),
    ConditionExpression: [
      week.version === 0 ? 'attribute_not_exists(PK)' : '#version = :read',
      ...(change.condition ? [change.condition] : []),
    ].join(' AND '),
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: {
      ':entity': 'time-week',
      ':person': week.personId,
      ':monday': week.monday,
      ':next': week.version + 1,
      ':zero': 0,
      ...(week.version > 0 && { ':read': week.version }),
      ...change.values,
    },
  },
});

export const dynamoTimeHours = (tableName: string): TimeHoursStore => {
  /** The change's items, its events and audit entry: one transaction; a failed condition is a stale read. */
  const write = async (
    items: TransactItem[],
    events: readonly OutgoingEvent[],
    audit: AuditEntry | undefined,
    stale: () => StaleVersionError,
  ) => {
    const now = new Date();
    const auditItems = audit
      ? [{ Put: { TableName: tableName, Item: (await auditItemsOf(tableName))(audit) } }]
      : [];
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            ...items,
            ...events.map((event) => ({ Put: { TableName: tableName, Item: toOutboxItem(event, now) } })),
            ...auditItems,
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException) throw stale();
      throw error;
    }
  };

  const indexQuery = (index: 'GSI1' | 'GSI2', partition: string, personId?: string) =>
    queryAll(tableName, {
      IndexName: index,
      KeyConditionExpression: '#pk = :pk',
      ...(personId && { FilterExpression: '#person = :person' }),
      ExpressionAttributeNames: { '#pk': `${index}PK`, ...(personId && { '#person': 'personId' }) },
      ExpressionAttributeValues: { ':pk': partition, ...(personId && { ':person': personId }) },
    });
  const shiftsOf = (items: Record<string, unknown>[]) =>
    items.filter((item) => item.entity === shiftEntity).map(shiftOf);

  return {
    async shift(shiftId) {
      const { Item } = await documentClient.send(
        new GetCommand({ TableName: tableName, Key: timeKeys.shift(shiftId), ConsistentRead: true }),
      );
      return Item?.entity === shiftEntity ? shiftOf(Item) : undefined;
    },

    async weeks(keys) {
      const items = await batchGet(
        tableName,
        keys.map(({ personId, monday }) => timeKeys.week(personId, monday)),
        { consistent: true },
      );
      const byKey = new Map(items.map((item) => [`${item.PK}#${item.SK}`, item]));
      return keys.map(({ personId, monday }) => {
        const key = timeKeys.week(personId, monday);
        return weekOf(personId, monday, byKey.get(`${key.PK}#${key.SK}`));
      });
    },

    async recordActual(shift, week, deltaMinutes, events) {
      const items: TransactItem[] = [
        {
          Update: {
            TableName: tableName,
            Key: timeKeys.shift(shift.shiftId),
            UpdateExpression: 'SET actual = :actual, #version = :next, updatedAt = :at',
            ConditionExpression: 'attribute_exists(PK) AND #version = :read',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: {
              ':actual': shift.actual,
              ':next': shift.version,
              ':read': shift.version - 1,
              ':at': shift.updatedAt ?? new Date().toISOString(),
            },
          },
        },
        weekUpdate(tableName, week, {
          add: 'actualMinutes :delta',
          condition: 'attribute_not_exists(approvedAt)',
          values: { ':delta': deltaMinutes },
        }),
      ];
      await write(items, events, undefined, () => new StaleVersionError('week', week.monday, week.version));
    },

    async approve(week, approval, audit, events) {
      const item = weekUpdate(tableName, week, {
        set: 'actualMinutes = if_not_exists(actualMinutes, :zero), approvedAt = :at, approvedBy = :by, approvedActualMinutes = :approved',
        condition: 'attribute_not_exists(approvedAt)',
        values: { ':at': approval.at, ':by': approval.by, ':approved': approval.actualMinutes },
      });
      await write([item], events, audit, () => new StaleVersionError('week', week.monday, week.version));
    },

    async reopen(week, reopening, audit, events) {
      const item = weekUpdate(tableName, week, {
        set: 'lastReopening = :reopening',
        remove: 'approvedAt, approvedBy, approvedActualMinutes',
        condition: 'attribute_exists(approvedAt)',
        values: { ':reopening': reopening },
      });
      await write([item], events, audit, () => new StaleVersionError('week', week.monday, week.version));
    },

    async shiftsOfWeeks(mondays, personId) {
      const weeks = await Promise.all(
        mondays.map((monday) => indexQuery('GSI2', timeKeys.weekPartition(monday), personId)),
      );
      return weeks.flatMap(shiftsOf);
    },

    async shiftsOfProject(projectId) {
      return shiftsOf(await indexQuery('GSI1', timeKeys.projectPartition(projectId)));
    },

    async contracts(personIds) {
      const items = await batchGet(tableName, [...new Set(personIds)].map(timeKeys.contracts));
      return new Map(
        items
          .filter((item) => item.entity === 'time-contracts')
          .map((item) => [String(item.personId), (item.contracts ?? []) as StaffContract[]]),
      );
    },
  };
};
