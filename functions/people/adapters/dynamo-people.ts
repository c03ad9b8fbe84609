import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { PeopleAdder } from '../../../domain/people/add-person';
import type { ChangeReader } from '../../../domain/people/list-changes';
import type { PeopleWriter } from '../../../domain/people/update-contact';
import { StaleVersionError } from '../../../domain/shared/errors';
import { personKeys } from '../../../infra/definitions/school-table';
import { documentClient } from '../../lib/clients/dynamodb';
import { failedOnCondition } from '../../lib/transaction-conditions';
import { stillAtVersion } from '../../lib/version-condition';
import { fromChangeItem, toChangeItem } from './change-item';
import { profileMemberItems, toPersonItem } from './person-item';

/** A person's new version and the audit entry that explains it go in one transaction. */
export const dynamoPeopleWriter = (tableName: string): PeopleWriter => ({
  async replaceWithChange(person, expectedVersion, change) {
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
          { Put: { TableName: tableName, Item: toChangeItem(change) } },
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
    return (Items ?? []).map(fromChangeItem);
  },
});
