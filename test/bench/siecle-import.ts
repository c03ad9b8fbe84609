import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { writesOf } from '#domain/imports/import-plan';
import { planImport } from '#domain/imports/plan-import';
import { readImportSnapshot } from '#domain/imports/read-import-snapshot';
import { loadDirectoryState } from '#functions/imports/adapters/dynamo-directory-state';
import { requestsOf, writeImportPlan } from '#functions/imports/adapters/dynamo-import-writer';
import { writeRequests } from '#functions/lib/write-requests';
import { localResourceNames } from '#infra/definitions/environment';
import { createSchoolResources } from '#infra/local/create-school-resources';
import { startDynamoDbLocal } from '#infra/local/dynamodb-local';
import { localAwsEnvironment, localDynamoDbClient, localS3Client } from '#infra/local/local-aws';
import { startS3Local } from '#infra/local/s3-local';
import { generateSiecle } from '../fixtures/siecle/generate-siecle';
import { writeFigures } from './figures';

const students = 10_000;
const today = '2026-11-23';
const schoolId = 'bench-siecle';
const yardstickSchoolId = 'bench-yardstick';

/**
 * A large town's SIECLE export (10,000 pupils, their guardians) imported into an empty school of DynamoDB Local,
 * then imported again unchanged: read, compare with the directory, write. A busy machine cannot judge seconds, so
 * the import is measured against a yardstick taken in the same run: the same items written straight with
 * BatchWriteItem to a table of the same definition, in a DynamoDB Local of its own started empty as the import's
 * was (DynamoDB Local slows down as its streams' records pile up: a yardstick written after the import's 150,000
 * items would crawl and flatter the import). Targets: the first import within 1.5× the yardstick, the unchanged
 * re-import within a quarter of the first import, writing nothing.
 */
export const benchSiecleImport = async () => {
  const dynamodb = await startDynamoDbLocal({});
  const s3 = await startS3Local({});
  const endpoints = { dynamodb: dynamodb.endpoint, s3: s3.endpoint, cognito: 'http://127.0.0.1:9' };
  Object.assign(process.env, localAwsEnvironment({ ...endpoints, eventBridge: 'http://127.0.0.1:9' }));
  try {
    const clients = { dynamodb: localDynamoDbClient(endpoints), s3: localS3Client(endpoints) };
    await createSchoolResources(schoolId, clients);
    const tableName = localResourceNames(schoolId).table;
    const generated = generateSiecle({ students, seed: 2026, today });
    const files = new Map([
      ['ElevesAvecAdresses.xml', generated.eleves],
      ['ResponsablesAvecAdresses.xml', generated.responsables],
      ['Nomenclature.xml', generated.nomenclature],
    ]);
    const megabytes = [...files.values()].reduce((sum, bytes) => sum + bytes.length, 0) / 1024 / 1024;
    const run = async () => {
      const started = performance.now();
      const snapshot = readImportSnapshot('siecle', files, today);
      const parsed = performance.now();
      const plan = planImport(snapshot, await loadDirectoryState(tableName), {
        personIdOf: (sourceId) => `bench-${sourceId}`,
      });
      const planned = performance.now();
      const { written } = await writeImportPlan(tableName, plan);
      const done = performance.now();
      const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
      return {
        plan,
        seconds: (done - started) / 1000,
        row: {
          people: snapshot.people.length,
          'items written': written,
          'plan writes': writesOf(plan),
          'read (s)': seconds(started, parsed),
          'compare (s)': seconds(parsed, planned),
          'write (s)': seconds(planned, done),
          'total (s)': seconds(started, done),
        },
      };
    };
    /**
     * The same items written straight, batch by batch as the import writes them, into a table of the same
     * definition (a second school's) in a fresh DynamoDB Local.
     */
    const yardstick = async (plan: Awaited<ReturnType<typeof run>>['plan']) => {
      const requests = requestsOf(plan).filter((request) => 'PutRequest' in request);
      const fresh = await startDynamoDbLocal({});
      const freshEndpoints = { ...endpoints, dynamodb: fresh.endpoint };
      const freshClient = localDynamoDbClient(freshEndpoints);
      try {
        await createSchoolResources(yardstickSchoolId, { dynamodb: freshClient, s3: clients.s3 });
        const client = DynamoDBDocumentClient.from(freshClient, {
          marshallOptions: { removeUndefinedValues: true },
        });
        const started = performance.now();
        await writeRequests(localResourceNames(yardstickSchoolId).table, requests, { client });
        return { items: requests.length, seconds: (performance.now() - started) / 1000 };
      } finally {
        freshClient.destroy();
        await fresh.stop();
      }
    };
    const firstRun = await run();
    const straight = await yardstick(firstRun.plan);
    const againRun = await run();
    const first = firstRun.row;
    const again = againRun.row;
    console.log(
      `\nSIECLE import: ${students.toLocaleString('en')} pupils, ${megabytes.toFixed(1)} MB of ISO-8859-15 XML, ` +
        'into DynamoDB Local',
    );
    console.table({ 'first import': first, 're-import, unchanged': again });
    const firstRatio = firstRun.seconds / straight.seconds;
    const againRatio = againRun.seconds / firstRun.seconds;
    console.log(
      `Yardstick: ${straight.items.toLocaleString('en')} items written straight with BatchWriteItem in ` +
        `${straight.seconds.toFixed(1)} s`,
    );
    console.log(
      `First import ${firstRatio.toFixed(2)}× the yardstick (target: at most 1.5×); re-import ` +
        `${againRatio.toFixed(2)}× the first import (target: at most 0.25×), writing ${again['items written']} ` +
        'items (target: 0)',
    );
    await writeFigures('import', [
      { figure: 'first import / yardstick', value: firstRatio, unit: 'ratio', target: '<= 1.5' },
      { figure: 'unchanged re-import / first import', value: againRatio, unit: 'ratio', target: '<= 0.25' },
      {
        figure: 'items written by the unchanged re-import',
        value: again['items written'],
        unit: 'items',
        target: '0',
      },
      { figure: 'first import', value: firstRun.seconds, unit: 's', target: null },
      {
        figure: 'yardstick: the same items written straight',
        value: straight.seconds,
        unit: 's',
        target: null,
      },
    ]);
    clients.dynamodb.destroy();
    clients.s3.destroy();
  } finally {
    await s3.stop();
    await dynamodb.stop();
  }
};
