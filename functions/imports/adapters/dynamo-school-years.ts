import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SchoolYearStore, SchoolYears } from '../../../domain/imports/school-years';
import { StaleVersionError } from '../../../domain/shared/errors';
import { importKeys } from '../../../infra/definitions/school-table';
import { documentClient } from '../../lib/clients/dynamodb';
import { putWithEvents } from '../../lib/put-with-events';
import { failedOnCondition } from '../../lib/transaction-conditions';
import { stillAtVersion } from '../../lib/version-condition';

export const dynamoSchoolYears = (tableName: string): SchoolYearStore => ({
  async get() {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: importKeys.schoolYears(), ConsistentRead: true }),
    );
    if (!Item) return undefined;
    const { PK: _pk, SK: _sk, entity: _entity, ...years } = Item;
    return years as SchoolYears;
  },

  async replace(years, expectedVersion, events) {
    try {
      await putWithEvents(
        tableName,
        {
          Item: { ...importKeys.schoolYears(), entity: 'school-years', ...years },
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(PK)' }
            : stillAtVersion(expectedVersion)),
        },
        events,
      );
    } catch (error) {
      if (failedOnCondition(error))
        throw new StaleVersionError('school years', 'current', expectedVersion ?? 0);
      throw error;
    }
  },
});
