import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AbsenceStore } from '#domain/attendance/absences-ports';
import type { Justification } from '#domain/attendance/justification';
import { justificationReach } from '#domain/attendance/justify-absences';
import type { AbsenceItem } from '#domain/attendance/register';
import { entryOfJustification } from '#domain/audit/audit-entries';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { ConflictError, StaleVersionError } from '#domain/shared/errors';
import { auditItemsOf } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toOutboxItem } from '#functions/lib/outbox';
import { queryAll, queryPartition } from '#functions/lib/query-all';
import { failedOnCondition } from '#functions/lib/transaction-conditions';
import { attendanceKeys, personKeys } from '#infra/definitions/school-table';

const withoutKeys = <T>(item: Record<string, unknown>): T => {
  const { PK: _pk, SK: _sk, GSI1PK: _gpk, GSI1SK: _gsk, entity: _entity, ...rest } = item;
  return rest as T;
};

/** The absences' store in the school table: a pupil's partition holds their absences and justifications. */
export const dynamoAbsences = (tableName: string): AbsenceStore => ({
  async periodOf(pupilId, from, to) {
    // A span starts at most `justificationReach` days before it ends: those starting that far back may meet
    // `from`. The absences of those days before `from` are read (one key range) but filtered out by DynamoDB.
    const span = attendanceKeys.absenceSpan(plusDays(from, -justificationReach), to);
    const items = await queryAll(tableName, {
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :reach AND :to',
      FilterExpression: '#entity = :justification OR #date >= :from',
      ExpressionAttributeNames: { '#entity': 'entity', '#date': 'date' },
      ExpressionAttributeValues: {
        ':pk': attendanceKeys.pupilPartition(pupilId),
        ':reach': span.from,
        ':to': span.to,
        ':from': from,
        ':justification': 'attendance-justification',
      },
    });
    const isJustification = (item: Record<string, unknown>) =>
      String(item.SK).includes(attendanceKeys.justificationMark);
    return {
      absences: items.filter((item) => !isJustification(item)).map((item) => withoutKeys<AbsenceItem>(item)),
      justifications: items
        .filter(isJustification)
        .map((item) => withoutKeys<Justification>(item))
        .filter((justification) => justification.to.date >= from),
    };
  },

  async justification(pupilId, justificationId) {
    const { Item } = await documentClient.send(
      new GetCommand({
        TableName: tableName,
        Key: attendanceKeys.justification(pupilId, justificationId.slice(0, 10), justificationId),
      }),
    );
    return Item ? withoutKeys<Justification>(Item) : undefined;
  },

  /** The justification and its audit entry, in one transaction. */
  async declare(justification) {
    const { pupilId, justificationId, declaredAt } = justification;
    const audit = (await auditItemsOf(tableName))(entryOfJustification(justification));
    await documentClient
      .send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...attendanceKeys.justification(pupilId, justification.from.date, justificationId),
                  ...attendanceKeys.pendingIndexAttributes(declaredAt, pupilId, justificationId),
                  entity: 'attendance-justification',
                  ...justification,
                },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            // The document's upload is taken once: a second declaration naming it is refused.
            ...(justification.document
              ? [
                  {
                    Delete: {
                      TableName: tableName,
                      Key: attendanceKeys.upload(justification.declaredBy, justification.document.id),
                      ConditionExpression: 'attribute_exists(PK)',
                    },
                  },
                ]
              : []),
            { Put: { TableName: tableName, Item: audit } },
          ],
        }),
      )
      .catch((error: unknown) => {
        if (justification.document && failedOnCondition(error, 1))
          throw new ConflictError(
            'document_already_used',
            'This document went with another reason at the same time: upload it again',
          );
        throw error;
      });
  },

  async decide(decided, version, events) {
    const now = new Date();
    const key = attendanceKeys.justification(decided.pupilId, decided.from.date, decided.justificationId);
    const audit = (await auditItemsOf(tableName))(entryOfJustification(decided));
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              // The whole item again, out of the pending index: only if still pending at the version read.
              Put: {
                TableName: tableName,
                Item: { ...key, entity: 'attendance-justification', ...decided },
                ConditionExpression: 'attribute_exists(PK) AND #state = :pending AND #version = :version',
                ExpressionAttributeNames: { '#state': 'state', '#version': 'version' },
                ExpressionAttributeValues: { ':pending': 'pending', ':version': version },
                ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
              },
            },
            ...events.map((event) => ({ Put: { TableName: tableName, Item: toOutboxItem(event, now) } })),
            { Put: { TableName: tableName, Item: audit } },
          ],
        }),
      );
    } catch (error) {
      if (!failedOnCondition(error)) throw error;
      const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: key }));
      if (Item && Item.state !== 'pending')
        throw new ConflictError('already_decided', 'This reason was already accepted or refused');
      throw new StaleVersionError('justification', decided.justificationId, version);
    }
  },

  async pending() {
    const items = await queryPartition(tableName, attendanceKeys.pending);
    return items.map((item) => withoutKeys<Justification>(item));
  },

  async flag(month, pupilId, count, flaggedAt) {
    try {
      await documentClient.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...attendanceKeys.flag(month, pupilId),
            entity: 'attendance-flag',
            pupilId,
            count,
            flaggedAt,
          },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },

  async flagged(month) {
    const items = await queryPartition(tableName, { partitionKey: attendanceKeys.flagPartition(month) }, [
      'pupilId',
      'count',
      'flaggedAt',
    ]);
    return items.map((item) => ({
      pupilId: String(item.pupilId),
      count: Number(item.count),
      flaggedAt: String(item.flaggedAt),
    }));
  },

  async staffIds() {
    const items = await queryPartition(
      tableName,
      { partitionKey: personKeys.profileMember('staff', '').PK },
      ['personId'],
    );
    return items.map((item) => String(item.personId));
  },
});
