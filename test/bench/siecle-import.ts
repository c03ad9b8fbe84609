import { writesOf } from '../../domain/imports/import-plan';
import { planImport } from '../../domain/imports/plan-import';
import { readImportSnapshot } from '../../domain/imports/read-import-snapshot';
import { loadDirectoryState } from '../../functions/imports/adapters/dynamo-directory-state';
import { writeImportPlan } from '../../functions/imports/adapters/dynamo-import-writer';
import { localResourceNames } from '../../infra/definitions/environment';
import { createSchoolResources } from '../../infra/local/create-school-resources';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local';
import { localAwsEnvironment, localDynamoDbClient, localS3Client } from '../../infra/local/local-aws';
import { startS3Local } from '../../infra/local/s3-local';
import { generateSiecle } from '../fixtures/siecle/generate-siecle';

const students = 10_000;
const today = '2026-11-23';
const schoolId = 'bench-siecle';

/**
 * A large town's SIECLE export (10,000 pupils, their guardians) imported into an empty school of DynamoDB Local,
 * then imported again unchanged: read, compare with the directory, write. Targets: 30 s and 10 s, and the
 * re-import writes nothing.
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
        people: snapshot.people.length,
        'items written': written,
        'plan writes': writesOf(plan),
        'read (s)': seconds(started, parsed),
        'compare (s)': seconds(parsed, planned),
        'write (s)': seconds(planned, done),
        'total (s)': seconds(started, done),
      };
    };
    const first = await run();
    const again = await run();
    console.log(
      `\nSIECLE import: ${students.toLocaleString('en')} pupils, ${megabytes.toFixed(1)} MB of ISO-8859-15 XML, ` +
        'into DynamoDB Local',
    );
    console.table({ 'first import': first, 're-import, unchanged': again });
    console.log(
      `First import ${first['total (s)']} s (target: under 30 s); re-import ${again['total (s)']} s ` +
        `(target: under 10 s), writing ${again['items written']} items (target: 0)`,
    );
    clients.dynamodb.destroy();
    clients.s3.destroy();
  } finally {
    await s3.stop();
    await dynamodb.stop();
  }
};
