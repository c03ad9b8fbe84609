import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { SchoolUnderTest } from './school-under-test';

/**
 * The events a school under test announced, of the detail types starting with `prefix`, once delivered: read off
 * its own outbox, as no API lists events and the bus keeps none.
 */
export const outboxEvents = async (school: SchoolUnderTest, prefix: string) => {
  await school.eventsDelivered();
  const { Items = [] } = await school.documents.send(
    new ScanCommand({
      TableName: school.tableName,
      FilterExpression: 'entity = :outbox AND begins_with(detailType, :type)',
      ExpressionAttributeValues: { ':outbox': 'outbox', ':type': prefix },
    }),
  );
  return Items.map((item) => ({ type: item.detailType as string, ...JSON.parse(item.detail).data }));
};
