import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localResourceNames } from '#infra/definitions/environment';
import { schoolTable } from '#infra/definitions/school-table';
import { createSchoolResources } from '#infra/local/create-school-resources';
import { localDynamoDbClient, localS3Client } from '#infra/local/local-aws';
import { localEndpointsOfThisFile } from '../../support/file-dynamodb';

describe("a school's resources on the local platform", () => {
  let dynamodb: ReturnType<typeof localDynamoDbClient>;
  let s3: ReturnType<typeof localS3Client>;
  beforeAll(async () => {
    const endpoints = await localEndpointsOfThisFile();
    dynamodb = localDynamoDbClient(endpoints);
    s3 = localS3Client(endpoints);
  });
  const names = localResourceNames('lycee-resources');

  afterAll(() => {
    dynamodb.destroy();
    s3.destroy();
  });

  it('creates the table with the key schema and indexes of the stack definition, and again without harm', async () => {
    await createSchoolResources('lycee-resources', { dynamodb, s3 });
    await createSchoolResources('lycee-resources', { dynamodb, s3 });
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: names.table }));
    expect(Table?.KeySchema?.map((key) => key.AttributeName)).toEqual([
      schoolTable.partitionKey,
      schoolTable.sortKey,
    ]);
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(
      schoolTable.indexes.map((index) => index.indexName),
    );
  });

  it('creates the documents and site buckets in s3rver, reached path-style by the normal S3 client', async () => {
    for (const bucket of [names.documentsBucket, names.siteBucket]) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'hello.txt', Body: 'Bonjour, élèves !' }));
      const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'hello.txt' }));
      expect(await object.Body?.transformToString()).toBe('Bonjour, élèves !');
    }
  });
});
