import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoBookings } from '#functions/booking/adapters/dynamo-bookings';
import { seedKeys } from '#infra/definitions/school-table';
import type { Tenant } from '#infra/tenants/tenant';
import { demoDirectory } from '../people/demo-people';
import { demoBookingRules } from './demo-booking-rules';

const seededAt = '2026-08-31T08:00:00.000Z';

/** Sets the demo curricula's booking rules once, through the store the API writes, so rules changed by hand stay. */
export const seedDemoBookingRules = async (
  school: Pick<Tenant, 'id' | 'kind'>,
  dynamodb: DynamoDBClient,
  tableName: string,
) => {
  const documents = DynamoDBDocumentClient.from(dynamodb);
  const marker = seedKeys.part('booking-rules');
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: marker }));
  if (Item) return { seeded: false, rules: 0 };
  const levels = [...new Set(demoDirectory(school).classes.map(({ level }) => level))];
  const rules = demoBookingRules(levels);
  await dynamoBookings(tableName, documents).saveRules(rules);
  await documents.send(new PutCommand({ TableName: tableName, Item: { ...marker, seededAt } }));
  return { seeded: true, rules: rules.length };
};
