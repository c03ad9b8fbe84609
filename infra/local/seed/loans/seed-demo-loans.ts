import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeleteObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { writeCatalogues } from '#domain/loans/catalogue';
import { catalogueFamilies, type Item, serialKeyOf } from '#domain/loans/item';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { put, writeRequests } from '#functions/lib/write-requests';
import { historyRecord, itemRecord } from '#functions/loans/adapters/dynamo-inventory';
import { localResourceNames } from '#infra/definitions/environment';
import { itemPhotoKey } from '#infra/definitions/school-buckets';
import { loansKeys, seedKeys } from '#infra/definitions/school-table';
import type { Tenant } from '#infra/tenants/tenant';
import { demoItems, demoPhoto, firstChangeOf } from './demo-loans';
import { demoPhotoOf } from './demo-photos';

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
  // The table, and the photos and catalogues in the buckets, at once: some 470 records take DynamoDB Local a few
  // seconds on a busy machine, the 150 photos twice over about as long.
  await Promise.all([
    writeRequests(
      tableName,
      items
        .flatMap((item) => [itemRecord(item), historyRecord(firstChangeOf(item)), ...guards(item)])
        .map(put),
      { client: documents },
    ),
    writeDemoFiles(school, s3, items),
  ]);
  await documents.send(
    new PutCommand({ TableName: tableName, Item: { ...marker, seededAt: new Date().toISOString() } }),
  );
  return { seeded: true, items: items.length };
};

/**
 * Each instrument's photo, drawn once per kind (`demoPhotoOf`), put under its item in the documents bucket; then
 * the public catalogues, which copy each item's photo next to their pages.
 */
const writeDemoFiles = async (
  school: Pick<Tenant, 'id' | 'displayName' | 'timeZone'>,
  s3: S3Client,
  items: readonly Item[],
) => {
  const names = localResourceNames(school.id);
  const putObject = (Bucket: string, Key: string, Body: string | Uint8Array, ContentType: string) =>
    s3.send(new PutObjectCommand({ Bucket, Key, Body, ContentType, CacheControl: 'no-cache' }));
  const photographed = items.filter((item) => item.photos.length > 0);
  await Promise.all(
    photographed.map((item) =>
      putObject(
        names.documentsBucket,
        itemPhotoKey(item.itemId, demoPhoto.photoId),
        demoPhotoOf(item.family, item.kind),
        demoPhoto.contentType,
      ),
    ),
  );
  const byId = new Map(items.map((item) => [item.itemId, item]));
  await writeCatalogues(catalogueFamilies, {
    inventory: {
      allOfFamily: async (family) => items.filter((item) => item.family === family),
    },
    files: {
      async put(files) {
        await Promise.all(
          files.map((file) => putObject(names.siteBucket, file.path, file.body, file.contentType)),
        );
      },
      async list(folder) {
        const listed = await s3.send(new ListObjectsV2Command({ Bucket: names.siteBucket, Prefix: folder }));
        return (listed.Contents ?? []).map(({ Key }) => String(Key).slice(folder.length));
      },
      async remove(paths) {
        await s3.send(
          new DeleteObjectsCommand({
            Bucket: names.siteBucket,
            Delete: { Objects: paths.map((Key) => ({ Key })) },
          }),
        );
      },
    },
    photos: {
      read: async (itemId) => {
        const item = byId.get(itemId);
        return item && demoPhotoOf(item.family, item.kind);
      },
    },
    clock: { now: () => new Date() },
    school: { name: school.displayName, timeZone: school.timeZone },
  });
};
