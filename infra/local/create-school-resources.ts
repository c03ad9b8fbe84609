import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import {
  BucketAlreadyExists,
  BucketAlreadyOwnedByYou,
  CreateBucketCommand,
  PutBucketCorsCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { localResourceNames } from '#infra/definitions/environment';
import { documentsUploadCors, localPortalOrigins } from '#infra/definitions/school-buckets';
import { schoolTable } from '#infra/definitions/school-table';

/** Creates a school's table and buckets locally from the same definitions the CDK stack reads; existing ones stay. */
export const createSchoolResources = async (
  schoolId: string,
  clients: { dynamodb: DynamoDBClient; s3: S3Client },
) => {
  const names = localResourceNames(schoolId);
  await createTable(clients.dynamodb, names.table);
  for (const bucket of [names.documentsBucket, names.siteBucket]) await createBucket(clients.s3, bucket);
  const cors = documentsUploadCors(localPortalOrigins);
  await clients.s3.send(
    new PutBucketCorsCommand({
      Bucket: names.documentsBucket,
      CORSConfiguration: {
        CORSRules: [
          {
            AllowedMethods: [...cors.allowedMethods],
            AllowedOrigins: cors.allowedOrigins,
            AllowedHeaders: cors.allowedHeaders,
            MaxAgeSeconds: cors.maxAgeSeconds,
          },
        ],
      },
    }),
  );
  return names;
};

const createTable = async (client: DynamoDBClient, tableName: string) => {
  const keyAttributes = [
    schoolTable.partitionKey,
    schoolTable.sortKey,
    ...schoolTable.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: schoolTable.partitionKey, KeyType: 'HASH' },
          { AttributeName: schoolTable.sortKey, KeyType: 'RANGE' },
        ],
        StreamSpecification: streamSpecification,
        GlobalSecondaryIndexes: schoolTable.indexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    return enableStreamOfExistingTable(client, tableName);
  }
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: schoolTable.timeToLiveAttribute, Enabled: true },
    }),
  );
};

const streamSpecification = { StreamEnabled: true, StreamViewType: schoolTable.streamView };

/** A table kept in .data from before the outbox had no stream. */
const enableStreamOfExistingTable = async (client: DynamoDBClient, tableName: string) => {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  if (Table?.StreamSpecification?.StreamEnabled) return;
  await client.send(
    new UpdateTableCommand({ TableName: tableName, StreamSpecification: streamSpecification }),
  );
};

const createBucket = async (client: S3Client, bucket: string) => {
  try {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (error) {
    // s3rver answers BucketAlreadyExists where S3 answers BucketAlreadyOwnedByYou: both mean it is there.
    if (!(error instanceof BucketAlreadyOwnedByYou || error instanceof BucketAlreadyExists)) throw error;
  }
};
