import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { defaultAuditSettings } from '#domain/audit/audit-settings';
import { occupancyMarks } from '#domain/planning/occupancy-marks';
import { occurrenceKey } from '#domain/planning/occurrences';
import { StaleVersionError } from '#domain/shared/errors';
import type { NearbyShift } from '#domain/time/check-shift';
import type { StaffContract } from '#domain/time/contract';
import { staleDayOrWeek } from '#domain/time/plan-shift';
import { intervalOf, type ShiftTimes, workedMinutesOf } from '#domain/time/shift';
import {
  isShiftHolder,
  type PlanningSpan,
  planningSpansOf,
  shiftAgendaEntry,
  shiftHolder,
} from '#domain/time/shift-marks';
import { PersonBusyError, WeekApprovedError } from '#domain/time/time-errors';
import type { DayOfShifts, StoredShift, TeamMember, TimeStore, WeekTotal } from '#domain/time/time-ports';
import { toAuditItem } from '#functions/audit/adapters/audit-item';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { batchGet } from '#functions/lib/batch-get';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll } from '#functions/lib/query-all';
import { auditKeys, planningKeys, timeKeys } from '#infra/definitions/school-table';

/**
 * The technical staff's time in the school table (`time-keys.ts`; the design is `domain/time/time-ports.ts`).
 * A check's reads are one BatchGetItem; a shift's save one TransactWriteItems: the shift, its day and week items
 * on the versions read, the marks of its person's planning days (the same guard as the planning's: a person is
 * never in a shift and an activity at once), its event (outbox) and audit entry.
 */

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const shiftEntity = 'time-shift';

export const shiftRecord = (shift: StoredShift, zone: string) => ({
  ...timeKeys.shift(shift.shiftId),
  ...timeKeys.shiftIndexAttributes({
    shiftId: shift.shiftId,
    personId: shift.personId,
    monday: shift.monday,
    startsAtUtc: new Date(intervalOf(shift.planned).start).toISOString(),
    ...(shift.link && { projectId: shift.link.projectId }),
  }),
  entity: shiftEntity,
  zone,
  ...shift,
});

const fromShiftRecord = (item: Record<string, unknown>): StoredShift => {
  const {
    PK: _pk,
    SK: _sk,
    GSI1PK: _g1,
    GSI1SK: _g1s,
    GSI2PK: _g2,
    GSI2SK: _g2s,
    entity: _entity,
    zone: _zone,
    ...shift
  } = item;
  return shift as unknown as StoredShift;
};

export const dayRecord = (personId: string, day: DayOfShifts) => ({
  ...timeKeys.day(personId, day.date),
  entity: 'time-day',
  personId,
  date: day.date,
  shifts: Object.fromEntries(
    day.shifts.map(({ shiftId, startsAt, endsAt, breakMinutes }) => [
      shiftId,
      { startsAt, endsAt, breakMinutes },
    ]),
  ),
  workedMinutes: day.workedMinutes,
  version: day.version,
});

const fromDayRecord = (item: Record<string, unknown>): DayOfShifts => ({
  date: String(item.date),
  shifts: Object.entries((item.shifts ?? {}) as Record<string, ShiftTimes>).map(
    ([shiftId, times]): NearbyShift => ({ shiftId, ...times }),
  ),
  workedMinutes: Number(item.workedMinutes ?? 0),
  version: Number(item.version ?? 0),
});

const fromWeekRecord = (item: Record<string, unknown>): WeekTotal => ({
  monday: String(item.monday),
  workedMinutes: Number(item.workedMinutes ?? 0),
  ...(item.actualMinutes !== undefined && { actualMinutes: Number(item.actualMinutes) }),
  ...(typeof item.approvedAt === 'string' && {
    approved: { at: item.approvedAt, by: String(item.approvedBy ?? '') },
  }),
  version: Number(item.version ?? 0),
});

export const contractsRecord = (member: TeamMember & { sortName: string }) => ({
  ...timeKeys.contracts(member.personId),
  ...timeKeys.teamIndexAttributes(member),
  entity: 'time-contracts',
  personId: member.personId,
  name: member.name,
  contracts: member.contracts,
  version: member.version,
});

const fromContractsRecord = (item: Record<string, unknown>): TeamMember => ({
  personId: String(item.personId),
  name: String(item.name ?? ''),
  contracts: (item.contracts ?? []) as StaffContract[],
  version: Number(item.version ?? 0),
});

const versionCondition = (read: number) =>
  read === 0
    ? { ConditionExpression: 'attribute_not_exists(PK)' }
    : {
        ConditionExpression: '#version = :read',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':read': read },
      };

/** The marks a shift holds and needs free on each planning day, by date. */
const marksByDate = (spans: readonly PlanningSpan[]) =>
  new Map(spans.map((span) => [span.date, occupancyMarks(span.start, span.end)]));

/**
 * The updates of a person's planning days for a shift planned, moved or removed: the marks it now holds added
 * (each needed mark free, or held by this shift alone), the ones it leaves removed.
 */
export const planningMarkUpdates = (
  tableName: string,
  shift: Pick<StoredShift, 'shiftId' | 'personId' | 'work' | 'link' | 'projectName'>,
  now: readonly PlanningSpan[],
  before: readonly PlanningSpan[],
  zone: string,
): { date: string; item: TransactItem }[] => {
  const { personId, shiftId } = shift;
  const holder = shiftHolder(shiftId);
  const nowSpans = new Map(now.map((span) => [span.date, span]));
  const nowByDate = marksByDate(now);
  const beforeByDate = marksByDate(before);
  const dates = [...new Set([...nowByDate.keys(), ...beforeByDate.keys()])].sort();
  return dates.map((date) => {
    const held = new Set(nowByDate.get(date)?.holds ?? []);
    const own = new Set(beforeByDate.get(date)?.holds ?? []);
    const released = [...own].filter((mark) => !held.has(mark));
    const needsFree = nowByDate.get(date)?.needsFree ?? [];
    const names: Record<string, string> = { '#date': 'date' };
    const name = (mark: string) => {
      const placeholder = `#m${Object.keys(names).length}`;
      names[placeholder] = mark;
      return placeholder;
    };
    const values: Record<string, unknown> = {
      ':entity': 'agenda-day',
      ':kind': 'person',
      ':id': personId,
      ':date': date,
      ':holder': new Set([holder]),
    };
    const adds = [...held].map((mark) => `${name(mark)} :holder`);
    const deletes = released.map((mark) => `${name(mark)} :holder`);
    const conditions = needsFree.map((mark) => {
      const placeholder = name(mark);
      if (!own.has(mark)) return `attribute_not_exists(${placeholder})`;
      values[':one'] = 1;
      values[':self'] = holder;
      return `(attribute_not_exists(${placeholder}) OR (size(${placeholder}) = :one AND contains(${placeholder}, :self)))`;
    });
    // The shift's occurrence in the day, for the person's agenda and feed: set while it holds the day, else removed.
    const span = nowSpans.get(date);
    const entryName = name(
      planningKeys.entryPrefix + occurrenceKey({ activityId: holder, seriesDate: date }),
    );
    if (span) values[':entry'] = shiftAgendaEntry(shift, span, zone);
    const expression = [
      `SET entity = :entity, resourceKind = :kind, resourceId = :id, #date = :date${span ? `, ${entryName} = :entry` : ''}`,
      span ? '' : `REMOVE ${entryName}`,
      adds.length > 0 ? `ADD ${adds.join(', ')}` : '',
      deletes.length > 0 ? `DELETE ${deletes.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return {
      date,
      item: {
        Update: {
          TableName: tableName,
          Key: planningKeys.day('person', personId, date),
          UpdateExpression: expression,
          ...(conditions.length > 0 && { ConditionExpression: conditions.join(' AND ') }),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      },
    };
  });
};

/** A day or week the check read and the save leaves: still at the version read (or still absent). */
const unchangedCheck = (tableName: string, key: { PK: string; SK: string }, read: number): TransactItem => ({
  ConditionCheck: { TableName: tableName, Key: key, ...versionCondition(read) } as NonNullable<
    TransactItem['ConditionCheck']
  >,
});

const reasonsOf = (error: unknown) =>
  error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];

export const dynamoTime = (tableName: string, zone: string): TimeStore => {
  const indexQuery = (index: 'GSI1' | 'GSI2', partition: string, personId?: string) =>
    queryAll(tableName, {
      IndexName: index,
      KeyConditionExpression: '#pk = :pk',
      ...(personId
        ? {
            FilterExpression: '#person = :person',
            ExpressionAttributeNames: { '#pk': `${index}PK`, '#person': 'personId' },
            ExpressionAttributeValues: { ':pk': partition, ':person': personId },
          }
        : {
            ExpressionAttributeNames: { '#pk': `${index}PK` },
            ExpressionAttributeValues: { ':pk': partition },
          }),
    });
  const shiftsOf = (items: Record<string, unknown>[]) =>
    items.filter((item) => item.entity === shiftEntity).map(fromShiftRecord);

  return {
    async checkReads(personId, days, weeks, link) {
      const keys = [
        timeKeys.contracts(personId),
        ...days.map((day) => timeKeys.day(personId, day)),
        ...weeks.map((monday) => timeKeys.week(personId, monday)),
        ...(link ? [planningKeys.project(link.projectId)] : []),
        ...(link?.activityId ? [planningKeys.activity(link.activityId)] : []),
        auditKeys.settings(),
      ];
      const items = await batchGet(tableName, keys, { consistent: true });
      const find = (key: { PK: string; SK: string }) =>
        items.find((item) => item.PK === key.PK && item.SK === key.SK);
      const contracts = find(timeKeys.contracts(personId));
      const project = link && find(planningKeys.project(link.projectId));
      const activity = link?.activityId && find(planningKeys.activity(link.activityId));
      const settings = find(auditKeys.settings());
      const projectOf = project?.project as { id: string; name: string } | undefined;
      const activityOf = activity
        ? (activity.activity as { id: string; projectId: string; title: string })
        : undefined;
      return {
        contracts: contracts ? fromContractsRecord(contracts).contracts : [],
        days: items.filter((item) => item.entity === 'time-day').map(fromDayRecord),
        weeks: items.filter((item) => item.entity === 'time-week').map(fromWeekRecord),
        ...(projectOf && { project: { projectId: projectOf.id, name: projectOf.name } }),
        ...(activityOf && {
          activity: { activityId: activityOf.id, projectId: activityOf.projectId, title: activityOf.title },
        }),
        ...(typeof settings?.retentionDays === 'number' && { auditRetentionDays: settings.retentionDays }),
      };
    },

    async shift(shiftId) {
      const { Item } = await documentClient.send(
        new GetCommand({ TableName: tableName, Key: timeKeys.shift(shiftId), ConsistentRead: true }),
      );
      return Item?.entity === shiftEntity ? fromShiftRecord(Item) : undefined;
    },

    async saveShift(write) {
      const { shift, previous } = write;
      const personId = shift.personId;
      const head: TransactItem[] = [
        {
          Put: {
            TableName: tableName,
            Item: shiftRecord(shift, zone),
            ...(previous
              ? {
                  ConditionExpression: '#version = :read',
                  ExpressionAttributeNames: { '#version': 'version' },
                  ExpressionAttributeValues: { ':read': previous.version },
                }
              : { ConditionExpression: 'attribute_not_exists(PK)' }),
          },
        },
      ];
      const days: TransactItem[] = write.days.map((day) => ({
        Put: {
          TableName: tableName,
          Item: dayRecord(personId, day),
          ...versionCondition(write.read.days[day.date] ?? 0),
        },
      }));
      const weeks: TransactItem[] = write.weeks.map((week) => {
        const read = write.read.weeks[week.monday] ?? 0;
        return {
          Update: {
            TableName: tableName,
            Key: timeKeys.week(personId, week.monday),
            UpdateExpression:
              'SET entity = :entity, personId = :person, monday = :monday, workedMinutes = :worked, actualMinutes = :actual, #version = :next',
            ConditionExpression:
              read === 0
                ? 'attribute_not_exists(PK)'
                : '#version = :read AND attribute_not_exists(approvedAt)',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: {
              ':entity': 'time-week',
              ':person': personId,
              ':monday': week.monday,
              ':worked': week.workedMinutes,
              ':actual': week.actualMinutes ?? 0,
              ':next': week.version,
              ...(read === 0 ? {} : { ':read': read }),
            },
          },
        };
      });
      const marks = planningMarkUpdates(
        tableName,
        shift,
        planningSpansOf(shift.planned, zone),
        previous ? planningSpansOf(previous.planned, zone) : [],
        zone,
      );
      const writtenDays = new Set(write.days.map(({ date }) => date));
      const writtenWeeks = new Set(write.weeks.map(({ monday }) => monday));
      const unchanged: TransactItem[] = [
        ...write.checked.days
          .filter((date) => !writtenDays.has(date))
          .map((date) => unchangedCheck(tableName, timeKeys.day(personId, date), write.read.days[date] ?? 0)),
        ...write.checked.weeks
          .filter((monday) => !writtenWeeks.has(monday))
          .map((monday) =>
            unchangedCheck(tableName, timeKeys.week(personId, monday), write.read.weeks[monday] ?? 0),
          ),
      ];
      const now = new Date();
      const items: TransactItem[] = [
        ...head,
        ...days,
        ...weeks,
        ...marks.map(({ item }) => item),
        ...unchanged,
        ...write.events.map((event) => ({ Put: { TableName: tableName, Item: toOutboxItem(event, now) } })),
        {
          Put: {
            TableName: tableName,
            Item: toAuditItem(write.audit, write.auditRetentionDays ?? defaultAuditSettings.retentionDays),
          },
        },
      ];
      try {
        await documentClient.send(new TransactWriteCommand({ TransactItems: items }));
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const reasons = reasonsOf(error);
        const failed = (index: number) => reasons[index]?.Code === 'ConditionalCheckFailed';
        const firstWeek = head.length + days.length;
        const firstMark = firstWeek + weeks.length;
        const approved = write.weeks.find((_, index) => {
          const old = reasons[firstWeek + index]?.Item as Record<string, unknown> | undefined;
          return failed(firstWeek + index) && old !== undefined && 'approvedAt' in old;
        });
        if (approved) throw new WeekApprovedError(approved.monday);
        const busy = marks.filter((_, index) => failed(firstMark + index)).map(({ date }) => date);
        if (busy.length > 0) throw new PersonBusyError(personId, busy);
        if (failed(0) && previous) throw new StaleVersionError('shift', shift.shiftId, previous.version);
        // A day or week changed since the read, or another transaction held one of them: read and check again.
        throw staleDayOrWeek(personId);
      }
    },

    async removeShift(shift, events, audit) {
      const itemOfAudit = await auditItemsOf(tableName);
      const minutes = workedMinutesOf(shift.planned);
      const marks = planningMarkUpdates(tableName, shift, [], planningSpansOf(shift.planned, zone), zone);
      const now = new Date();
      const items: TransactItem[] = [
        {
          Delete: {
            TableName: tableName,
            Key: timeKeys.shift(shift.shiftId),
            ConditionExpression: '#version = :read',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':read': shift.version },
          },
        },
        {
          Update: {
            TableName: tableName,
            Key: timeKeys.day(shift.personId, shift.day),
            UpdateExpression:
              'REMOVE shifts.#shift SET workedMinutes = workedMinutes - :minutes ADD #version :one',
            ConditionExpression: 'attribute_exists(shifts.#shift)',
            ExpressionAttributeNames: { '#shift': shift.shiftId, '#version': 'version' },
            ExpressionAttributeValues: { ':minutes': minutes, ':one': 1 },
          },
        },
        {
          Update: {
            TableName: tableName,
            Key: timeKeys.week(shift.personId, shift.monday),
            // Its hours already worked leave the week with it.
            UpdateExpression:
              'SET workedMinutes = workedMinutes - :minutes, actualMinutes = if_not_exists(actualMinutes, :zero) - :actual ADD #version :one',
            ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(approvedAt)',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: {
              ':minutes': minutes,
              ':actual': shift.actual ? workedMinutesOf(shift.actual) : 0,
              ':zero': 0,
              ':one': 1,
            },
          },
        },
        ...marks.map(({ item }) => item),
        ...events.map((event) => ({ Put: { TableName: tableName, Item: toOutboxItem(event, now) } })),
        { Put: { TableName: tableName, Item: itemOfAudit(audit) } },
      ];
      try {
        await documentClient.send(new TransactWriteCommand({ TransactItems: items }));
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const reasons = reasonsOf(error);
        if (reasons[2]?.Code === 'ConditionalCheckFailed') throw new WeekApprovedError(shift.monday);
        throw new StaleVersionError('shift', shift.shiftId, shift.version);
      }
    },

    async member(personId) {
      const { Item } = await documentClient.send(
        new GetCommand({ TableName: tableName, Key: timeKeys.contracts(personId), ConsistentRead: true }),
      );
      return Item ? fromContractsRecord(Item) : undefined;
    },

    async putContracts(member, readVersion, audit) {
      const itemOfAudit = await auditItemsOf(tableName);
      try {
        await documentClient.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: contractsRecord(member),
                  ...versionCondition(readVersion),
                },
              },
              { Put: { TableName: tableName, Item: itemOfAudit(audit) } },
            ],
          }),
        );
      } catch (error) {
        if (error instanceof TransactionCanceledException)
          throw new StaleVersionError('staff contracts', member.personId, readVersion);
        throw error;
      }
    },

    async team() {
      const items = await indexQuery('GSI1', timeKeys.teamPartition);
      return items.filter((item) => item.entity === 'time-contracts').map(fromContractsRecord);
    },

    async weekShifts(monday, personId) {
      return shiftsOf(await indexQuery('GSI2', timeKeys.weekPartition(monday), personId));
    },

    async weeks(personIds, monday) {
      if (personIds.length === 0) return new Map();
      const items = await batchGet(
        tableName,
        personIds.map((personId) => timeKeys.week(personId, monday)),
      );
      return new Map(items.map((item) => [String(item.personId), fromWeekRecord(item)]));
    },

    async projectShifts(projectId) {
      return shiftsOf(await indexQuery('GSI1', timeKeys.projectPartition(projectId)));
    },

    async busy(personIds, spans) {
      const busy = new Map<string, 'shift' | 'activity'>();
      if (personIds.length === 0) return busy;
      const needs = new Map(spans.map((span) => [span.date, occupancyMarks(span.start, span.end).needsFree]));
      const items = await batchGet(
        tableName,
        personIds.flatMap((personId) => spans.map((span) => planningKeys.day('person', personId, span.date))),
      );
      for (const item of items) {
        const personId = String(item.resourceId);
        for (const mark of needs.get(String(item.date)) ?? []) {
          const holders = item[mark];
          if (!(holders instanceof Set)) continue;
          const kind = [...holders].some((holder) => isShiftHolder(String(holder))) ? 'shift' : 'activity';
          if (busy.get(personId) !== 'activity') busy.set(personId, kind);
        }
      }
      return busy;
    },
  };
};
