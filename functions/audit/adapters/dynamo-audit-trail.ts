import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditRecorder } from '#domain/audit/audit-entry';
import type { AuditSelection } from '#domain/audit/audit-query';
import type { AuditReader } from '#domain/audit/audit-trail';
import { ValidationError } from '#domain/shared/errors';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { auditKeys } from '#infra/definitions/school-table';
import { fromAuditItem } from './audit-item';
import { auditItemsOf } from './dynamo-audit-settings';

/** Queries one request makes at most; a sparse filter over a long period then gives a short page and a cursor. */
const queriesPerPage = 20;

interface ReadPlan {
  index?: 'GSI1' | 'GSI2' | 'GSI3';
  /** Partitions in the order they are read: the newest month first. */
  partitions: string[];
  filters: Record<string, string>;
}

/** The most selective key the filters give: subject, then actor, then action, else the months of the period. */
const planOf = ({ fromInstant, toInstant, action, actorId, subjectId }: AuditSelection): ReadPlan => {
  if (subjectId !== undefined) {
    const { index, partitionKey } = auditKeys.ofSubject(subjectId);
    return { index, partitions: [partitionKey], filters: { action, actorId } as Record<string, string> };
  }
  if (actorId !== undefined) {
    const { index, partitionKey } = auditKeys.byActor(actorId);
    return { index, partitions: [partitionKey], filters: { action } as Record<string, string> };
  }
  if (action !== undefined) {
    const { index, partitionKey } = auditKeys.ofAction(action);
    return { index, partitions: [partitionKey], filters: {} };
  }
  return { partitions: monthsBetween(fromInstant, toInstant).map(auditKeys.month), filters: {} };
};

/** The months (`yyyy-mm`) an instant range touches, newest first; `to` is excluded. */
const monthsBetween = (fromInstant: string, toInstant: string) => {
  const last = new Date(Date.parse(toInstant) - 1);
  const months: string[] = [];
  const cursor = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), 1));
  while (cursor.toISOString().slice(0, 7) >= fromInstant.slice(0, 7)) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() - 1);
  }
  return months;
};

interface Cursor {
  partition: string;
  key?: Record<string, string>;
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/**
 * A cursor is good only for the listing that gave it: another one is refused, not followed. Its key must be a
 * key of the partition and the period read, with the key attributes of the table or index and no other, as
 * DynamoDB refuses any other start key.
 */
const decodeCursor = (text: string, plan: ReadPlan, period: { from: string; to: string }): Cursor => {
  const keyAttribute = plan.index ? `${plan.index}PK` : 'PK';
  const sortAttribute = plan.index ? `${plan.index}SK` : 'SK';
  const attributes = new Set(['PK', 'SK', keyAttribute, sortAttribute]);
  let cursor: unknown;
  try {
    cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    cursor = undefined;
  }
  const { partition, key } = (cursor ?? {}) as { partition?: unknown; key?: unknown };
  const isValid =
    typeof partition === 'string' &&
    plan.partitions.includes(partition) &&
    (key === undefined ||
      (typeof key === 'object' &&
        key !== null &&
        Object.values(key).every((value) => typeof value === 'string') &&
        Object.keys(key).length === attributes.size &&
        Object.keys(key).every((name) => attributes.has(name)) &&
        (key as Record<string, string>)[keyAttribute] === partition &&
        ((key as Record<string, string>)[sortAttribute] ?? '') >= period.from &&
        ((key as Record<string, string>)[sortAttribute] ?? '') <= period.to));
  if (!isValid)
    throw new ValidationError('cursor', 'does not belong to this listing: start again without it');
  return { partition, ...(key !== undefined && { key: key as Record<string, string> }) };
};

export const dynamoAuditTrail = (tableName: string): AuditReader & AuditRecorder => ({
  async record(entry) {
    const itemOf = await auditItemsOf(tableName);
    await documentClient.send(new PutCommand({ TableName: tableName, Item: itemOf(entry) }));
  },

  async select(selection, { limit, cursor }) {
    const plan = planOf(selection);
    const keyAttribute = plan.index ? `${plan.index}PK` : 'PK';
    const sortAttribute = plan.index ? `${plan.index}SK` : 'SK';
    const period = {
      from: new Date(selection.fromInstant).toISOString(),
      to: new Date(selection.toInstant).toISOString(),
    };
    if (period.from >= period.to) return { items: [], nextCursor: null };
    const start = cursor === undefined ? undefined : decodeCursor(cursor, plan, period);
    let partitionIndex = start ? plan.partitions.indexOf(start.partition) : 0;
    let startKey: Record<string, unknown> | undefined = start?.key;
    const filters = Object.entries(plan.filters).filter(([, value]) => value !== undefined);
    const items: Record<string, unknown>[] = [];
    for (let queries = 0; queries < queriesPerPage; queries += 1) {
      if (items.length >= limit || partitionIndex >= plan.partitions.length) break;
      const page = await documentClient.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: plan.index,
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
          FilterExpression: filters.length
            ? filters.map(([name]) => `#${name} = :${name}`).join(' AND ')
            : undefined,
          ExpressionAttributeNames: {
            '#pk': keyAttribute,
            '#sk': sortAttribute,
            ...Object.fromEntries(filters.map(([name]) => [`#${name}`, name])),
          },
          ExpressionAttributeValues: {
            ':pk': plan.partitions[partitionIndex],
            ':from': period.from,
            ':to': period.to,
            ...Object.fromEntries(filters.map(([name, value]) => [`:${name}`, value])),
          },
          ScanIndexForward: false,
          // Never more than the page still needs: the next page starts right after the last item read.
          Limit: limit - items.length,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
      if (!startKey) partitionIndex += 1;
    }
    const partition = plan.partitions[partitionIndex];
    return {
      items: items.map(fromAuditItem),
      nextCursor:
        partition === undefined
          ? null
          : encodeCursor({ partition, ...(startKey && { key: startKey as Record<string, string> }) }),
    };
  },
});
