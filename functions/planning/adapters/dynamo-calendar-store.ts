import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { CalendarStore } from '#domain/planning/planning-ports';
import type { SchoolCalendar } from '#domain/planning/school-calendar';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { planningKeys } from '#infra/definitions/school-table';

export const dynamoCalendarStore = (tableName: string): CalendarStore => ({
  async get(schoolYear) {
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: planningKeys.calendar(schoolYear) }),
    );
    return Item ? (Item.calendar as SchoolCalendar) : undefined;
  },
  async put(calendar) {
    await documentClient.send(
      new PutCommand({
        TableName: tableName,
        Item: { ...planningKeys.calendar(calendar.schoolYear), entity: 'calendar', calendar },
      }),
    );
  },
});
