import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { StoredAuditEntry } from '#domain/audit/audit-entry';
import type { PeopleAdder } from '#domain/people/add-person';
import type { ChangeReader } from '#domain/people/list-changes';
import type { PersonalDataChange } from '#domain/people/personal-data-change';
import type { PeopleWriter } from '#domain/people/update-contact';
import { StaleVersionError } from '#domain/shared/errors';
import { fromAuditItem } from '#functions/audit/adapters/audit-item';
import { auditItemsOfChanges } from '#functions/audit/adapters/dynamo-audit-settings';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { queryAll } from '#functions/lib/query-all';
import { failedOnCondition } from '#functions/lib/transaction-conditions';
import { stillAtVersion } from '#functions/lib/version-condition';
import { auditKeys, personKeys } from '#infra/definitions/school-table';
import { fromChangeItem, toChangeItem } from './change-item';
import { directoryIndexItems, profileMemberItems, toPersonItem } from './person-item';

/** A person's new version and the audit entry that explains it go in one transaction. */
export const dynamoPeopleWriter = (tableName: string): PeopleWriter => ({
  async replaceWithChange(person, expectedVersion, change) {
    const audit = await auditItemsOfChanges(tableName, [change]);
    try {
      await documentClient.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: toPersonItem(person),
                ...stillAtVersion(expectedVersion),
              },
            },
            { Put: { TableName: tableName, Item: toChangeItem(change) } },
            ...audit.map((Item) => ({ Put: { TableName: tableName, Item } })),
          ],
        }),
      );
    } catch (error) {
      if (failedOnCondition(error)) {
        throw new StaleVersionError('person', person.personId, expectedVersion);
      }
      throw error;
    }
  },
});

/** A person added by hand, with their membership items and the audit entry, in one transaction. */
export const dynamoPeopleAdder = (tableName: string): PeopleAdder => ({
  async add(person, change) {
    const audit = await auditItemsOfChanges(tableName, [change]);
    await documentClient.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: toPersonItem(person),
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          ...profileMemberItems(person).map((Item) => ({ Put: { TableName: tableName, Item } })),
          ...directoryIndexItems(person).map((Item) => ({ Put: { TableName: tableName, Item } })),
          { Put: { TableName: tableName, Item: toChangeItem(change) } },
          ...audit.map((Item) => ({ Put: { TableName: tableName, Item } })),
        ],
      }),
    );
  },
});

/** The audit trail of a person, newest first; a person's history stays a few hundred entries at most. */
export const dynamoChangeReader = (tableName: string): ChangeReader => ({
  async changesOf(personId) {
    const { Items } = await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: {
          ':pk': personKeys.partition(personId),
          ':prefix': personKeys.prefixes.change,
        },
        ScanIndexForward: false,
        Limit: 200,
      }),
    );
    const imported = await queryAll(tableName, {
      IndexName: auditKeys.ofSubject(personId).index,
      KeyConditionExpression: 'GSI1PK = :pk',
      FilterExpression: 'actorKind = :job',
      ExpressionAttributeValues: { ':pk': auditKeys.ofSubject(personId).partitionKey, ':job': 'import-job' },
      ScanIndexForward: false,
    });
    return [...(Items ?? []).map(fromChangeItem), ...imported.map(fromAuditItem).flatMap(importedChange)]
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, 200);
  },
});

const importedWhat: Partial<Record<string, PersonalDataChange['what']>> = {
  'person.created': 'imported-created',
  'person.updated': 'imported-updated',
  'person.retired': 'imported-retired',
};

/** An import's change of a person, from the school's audit trail, where imports record them. */
const importedChange = (entry: StoredAuditEntry): PersonalDataChange[] => {
  const what = importedWhat[entry.action];
  if (!what) return [];
  const fields = entry.details.fields;
  return [
    {
      changeId: entry.entryId,
      personId: entry.subject.id,
      at: entry.at,
      by: { importJobId: entry.actor.id },
      what,
      fields: (Array.isArray(fields) ? fields : []).map((field) => ({ field: String(field) })),
    },
  ];
};
