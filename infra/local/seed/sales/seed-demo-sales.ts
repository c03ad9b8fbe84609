import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { put, writeRequests } from '#functions/lib/write-requests';
import { toClientItem, toGridItem, toQuoteItem } from '#functions/sales/adapters/dynamo-sales';
import { salesKeys, seedKeys } from '#infra/definitions/school-table';
import type { Tenant } from '#infra/tenants/tenant';
import { demoClient, demoGrid, demoQuote } from './demo-sales';

/** Writes the demo conservatoire's grid, client and draft quote once: what the sales desk changes stays. */
export const seedDemoSales = async (
  school: Pick<Tenant, 'id' | 'kind' | 'timeZone'>,
  dynamodb: DynamoDBClient,
  tableName: string,
) => {
  const documents = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const marker = seedKeys.part('sales');
  const { Item } = await documents.send(new GetCommand({ TableName: tableName, Key: marker }));
  if (Item) return { seeded: false };
  const grid = demoGrid();
  const issueDate = todayInZone(new Date(), school.timeZone);
  const quote = demoQuote(school.timeZone, issueDate);
  await writeRequests(
    tableName,
    [
      toGridItem(grid),
      {
        ...salesKeys.gridCalendar(),
        entity: 'sales-grid-calendar',
        grids: [{ gridId: grid.gridId, name: grid.name, validFrom: grid.validFrom, validTo: grid.validTo }],
        version: 1,
      },
      toClientItem(demoClient()),
      toQuoteItem(quote),
      { ...salesKeys.counter('quote', issueDate.slice(0, 4)), entity: 'sales-counter', last: 1 },
    ].map(put),
    { client: documents },
  );
  await documents.send(
    new PutCommand({ TableName: tableName, Item: { ...marker, seededAt: new Date().toISOString() } }),
  );
  return { seeded: true, quote: quote.number };
};
