import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { writeCatalogues } from '#domain/loans/catalogue';
import { catalogueFamilies, type Item, serialKeyOf } from '#domain/loans/item';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { put, writeRequests } from '#functions/lib/write-requests';
import { historyRecord, itemRecord } from '#functions/loans/adapters/dynamo-inventory';
import { localResourceNames } from '#infra/definitions/environment';
import { loansKeys, seedKeys } from '#infra/definitions/school-table';
import type { Tenant } from '#infra/tenants/tenant';
import { demoItems, firstChangeOf } from './demo-loans';

/** The last day of the school year a day falls in: loans of the demo end then. */
const schoolYearEndOf = (today: string) => {
  const year = Number(today.slice(0, 4));
  return `${Number(today.slice(5, 7)) >= 8 ? year + 1 : year}-06-30`;
};

/** Writes the demo collection once, then its public catalogues: items edited by hand stay. */
export const seedDemoLoans = async (
  school: Pick<Tenant, 'id' | 'displayName' | 'timeZone'>,
  dynamodb: DynamoDBClient,
  s3: S3Client,
  tableName: string,
) => {
  const documents = DynamoDBDocumentClient.from(dynamodb, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const marker = seedKeys.part('loans');
  const { Item: seeded } = await documents.send(new GetCommand({ TableName: tableName, Key: marker }));
  if (seeded) return { seeded: false, items: 0 };
  const today = todayInZone(new Date(), school.timeZone);
  const items = demoItems(schoolYearEndOf(today), new Date().toISOString());
  const guards = (item: Item) => [
    ...(serialKeyOf(item)
      ? [
          {
            ...loansKeys.serialGuard(serialKeyOf(item) as string),
            entity: 'loans-guard',
            itemId: item.itemId,
          },
        ]
      : []),
  ];
  await writeRequests(
    tableName,
    items.flatMap((item) => [itemRecord(item), historyRecord(firstChangeOf(item)), ...guards(item)]).map(put),
    { client: documents },
  );
  const bucket = localResourceNames(school.id).siteBucket;
  await writeCatalogues(catalogueFamilies, {
    inventory: {
      allOfFamily: async (family) => items.filter((item) => item.family === family),
    },
    files: {
      async put(files) {
        for (const file of files)
          await s3.send(
            new PutObjectCommand({
              Bucket: bucket,
              Key: file.path,
              Body: file.body,
              ContentType: file.contentType,
              CacheControl: 'no-cache',
            }),
          );
      },
    },
    clock: { now: () => new Date() },
    school: { name: school.displayName, timeZone: school.timeZone },
  });
  await documents.send(
    new PutCommand({ TableName: tableName, Item: { ...marker, seededAt: new Date().toISOString() } }),
  );
  return { seeded: true, items: items.length };
};
