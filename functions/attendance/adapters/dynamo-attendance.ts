import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AttendanceStore, RegisterReminder } from '#domain/attendance/attendance-ports';
import type { AbsenceItem, Register } from '#domain/attendance/register';
import { entryOfRegister } from '#domain/audit/audit-entries';
import { StaleVersionError, ValidationError } from '#domain/shared/errors';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll } from '#functions/lib/query-all';
import { failedOnCondition, keyText } from '#functions/lib/transaction-conditions';
import { attendanceKeys } from '#infra/definitions/school-table';

/** DynamoDB's limit on the items of one transaction. */
const transactionLimit = 100;

const collided = (error: unknown) =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict');

/**
 * Runs a transaction, again after a short random pause when another one held the same items (two saves of one
 * register at the same moment): the second try then meets the first one's condition.
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

/** The pupil-keyed item of each pupil a register marks absent or late. */
export const absenceItemsOf = (register: Register) =>
  register.pupils
    .filter((pupil) => pupil.mark !== 'present')
    .map((pupil) => {
      const { session } = register;
      const absence: AbsenceItem = {
        pupilId: pupil.personId,
        registerId: register.registerId,
        activityId: session.activityId,
        seriesDate: session.seriesDate,
        title: session.title,
        date: session.date,
        start: session.start,
        end: session.end,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        classIds: session.classIds,
        kind: pupil.mark === 'late' ? 'late' : 'absent',
        ...(pupil.minutes !== undefined && { minutes: pupil.minutes }),
        recordedBy: register.takenBy,
        recordedAt: register.takenAt,
      };
      return { ...attendanceKeys.absence(pupil.personId, session), entity: 'attendance-absence', ...absence };
    });

/**
 * Every item a register's version is stored as, but the events: the register (on its own key, and its copy in the
 * day's partition), its version kept for the audit, its pupils' absence items. The demo seed writes them too.
 */
export const registerItems = (register: Register) => {
  const { activityId, seriesDate, date } = register.session;
  return {
    register: {
      ...attendanceKeys.register(activityId, seriesDate),
      entity: 'attendance-register',
      version: register.version,
      register,
    },
    version: {
      ...attendanceKeys.registerVersion(activityId, seriesDate, register.version),
      entity: 'attendance-register-version',
      register,
    },
    day: {
      ...attendanceKeys.dayRegister(date, register.session),
      entity: 'attendance-day-register',
      register,
    },
    absences: absenceItemsOf(register),
  };
};

export const dynamoAttendance = (tableName: string): AttendanceStore => ({
  async register({ activityId, seriesDate }) {
    const { Item } = await documentClient.send(
      new GetCommand({
        TableName: tableName,
        Key: attendanceKeys.register(activityId, seriesDate),
        ConsistentRead: true,
      }),
    );
    return Item?.register as Register | undefined;
  },

  async history({ activityId, seriesDate }) {
    const key = attendanceKeys.register(activityId, seriesDate);
    const items = await queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :version)',
      ExpressionAttributeValues: { ':pk': key.PK, ':version': attendanceKeys.registerVersionPrefix },
      ConsistentRead: true,
    });
    return items.map((item) => item.register as Register);
  },

  /**
   * One transaction: the register on condition of its version, the new version beside those kept, the day's copy
   * (and the removal of the one of another day, if the session moved), the absence items of the pupils absent or
   * late, the removal of those now present, and the events.
   */
  async save(register, previous, events) {
    const { activityId, seriesDate } = register.session;
    const items = registerItems(register);
    const now = new Set(items.absences.map((item) => keyText(item)));
    const before = previous ? registerItems(previous) : undefined;
    const removed = [
      ...(before?.absences ?? []).filter((item) => !now.has(keyText(item))),
      ...(before && keyText(before.day) !== keyText(items.day) ? [before.day] : []),
    ].map(({ PK, SK }) => ({ PK, SK }));
    const count = 4 + items.absences.length + removed.length + events.length;
    if (count > transactionLimit)
      throw new ValidationError('marks', 'too many pupils absent for one register', 'too_long');
    const condition = previous
      ? {
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': previous.version },
        }
      : { ConditionExpression: 'attribute_not_exists(PK)' };
    // The school's audit trail lists each version: who took or changed the register, when (in the same write).
    const audit = (await auditItemsOf(tableName))(entryOfRegister(register));
    try {
      await transact({
        TransactItems: [
          { Put: { TableName: tableName, Item: items.register, ...condition } },
          {
            Put: {
              TableName: tableName,
              Item: items.version,
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          { Put: { TableName: tableName, Item: items.day } },
          ...items.absences.map((item) => ({ Put: { TableName: tableName, Item: item } })),
          ...removed.map((key) => ({ Delete: { TableName: tableName, Key: key } })),
          ...events.map((event) => ({
            Put: { TableName: tableName, Item: toOutboxItem(event, new Date()) },
          })),
          { Put: { TableName: tableName, Item: audit } },
        ],
      });
    } catch (error) {
      if (failedOnCondition(error, 0) || failedOnCondition(error, 1))
        throw new StaleVersionError('register', `${activityId}/${seriesDate}`, previous?.version ?? 0);
      throw error;
    }
  },

  async day(date) {
    const items = await queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': attendanceKeys.dayPartition(date) },
    });
    const registers = items
      .filter((item) => String(item.SK).startsWith(attendanceKeys.dayRegisterPrefix))
      .map((item) => item.register as Register);
    const reminders = items
      .filter((item) => String(item.SK).startsWith(attendanceKeys.dayReminderPrefix))
      .map((item) => item.reminder as RegisterReminder);
    return { registers, reminders };
  },

  async remindOnce(date, reminder, events) {
    try {
      await transact({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...attendanceKeys.dayReminder(date, reminder),
                entity: 'attendance-reminder',
                reminder,
              },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          ...events.map((event) => ({
            Put: { TableName: tableName, Item: toOutboxItem(event, new Date()) },
          })),
        ],
      });
      return true;
    } catch (error) {
      if (failedOnCondition(error, 0)) return false;
      throw error;
    }
  },
});
