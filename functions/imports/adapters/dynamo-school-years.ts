import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SchoolYearStore, SchoolYears } from '#domain/imports/school-years';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { putVersionedWithEvents } from '#functions/lib/put-versioned-with-events';
import { importKeys } from '#infra/definitions/school-table';

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
    await putVersionedWithEvents(
      tableName,
      {
        item: { ...importKeys.schoolYears(), entity: 'school-years', ...years },
        expectedVersion,
        resource: 'school years',
        id: 'current',
      },
      events,
    );
  },
});
