import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { registerItems } from '#functions/attendance/adapters/dynamo-attendance';
import { put, writeRequests } from '#functions/lib/write-requests';
import { seedKeys } from '#infra/definitions/school-table';
import type { Tenant } from '#infra/tenants/tenant';
import { demoAttendance } from './demo-attendance';

/**
 * Writes the registers of the demo school's courses already started today, once a day (registers taken by hand
 * stay), so that `npm start` shows vie scolaire a live day.
 */
export const seedDemoAttendance = async (
  school: Pick<Tenant, 'id' | 'kind' | 'timeZone'>,
  dynamodb: DynamoDBClient,
  tableName: string,
  now = new Date(),
) => {
  const documents = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const today = todayInZone(now, school.timeZone);
  const marker = seedKeys.part(`attendance#${today}`);
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: marker }));
  if (Item) return { seeded: false, registers: 0 };
  const registers = demoAttendance(school, today, now);
  if (registers.length === 0) return { seeded: false, registers: 0 };
  const items = registers.flatMap((register) => {
    const { register: current, version, day, absences } = registerItems(register);
    return [current, version, day, ...absences];
  });
  await writeRequests(tableName, items.map(put), { client: documents });
  await documents.send(
    new PutCommand({ TableName: tableName, Item: { ...marker, seededAt: now.toISOString() } }),
  );
  return { seeded: true, registers: registers.length };
};
