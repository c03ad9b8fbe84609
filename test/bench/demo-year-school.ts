import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { put, writeRequests } from '#functions/lib/write-requests';
import { toClassItem, toPersonItem } from '#functions/people/adapters/person-item';
import { localResourceNames, schoolFunctionEnvironment } from '#infra/definitions/environment';
import { createSchoolResources } from '#infra/local/create-school-resources';
import { startDynamoDbLocal } from '#infra/local/dynamodb-local';
import { localAwsEnvironment, localDynamoDbClient, localS3Client } from '#infra/local/local-aws';
import { startS3Local } from '#infra/local/s3-local';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { seedDemoPlanning } from '#infra/local/seed/planning/seed-demo-planning';
import { seedDemoSchool } from '#infra/local/seed/seed-demo-school';

/**
 * The demo conservatoire with its year planned, in a DynamoDB Local and an s3rver of its own, this process's
 * environment pointing the functions' clients at them: what the planning and sharing benches measure on.
 */
export const startDemoYearSchool = async (schoolId: string, { people = false } = {}) => {
  const school = {
    id: schoolId,
    displayName: 'Conservatoire de démonstration',
    kind: 'conservatoire' as const,
    timeZone: 'Europe/Paris',
    locale: 'fr-FR',
  };
  const dynamodb = await startDynamoDbLocal({});
  const s3 = await startS3Local({});
  const endpoints = { dynamodb: dynamodb.endpoint, s3: s3.endpoint, cognito: 'http://127.0.0.1:9' };
  const names = localResourceNames(school.id);
  Object.assign(
    process.env,
    localAwsEnvironment({ ...endpoints, eventBridge: 'http://127.0.0.1:9' }),
    schoolFunctionEnvironment(school, names, { userPoolId: 'none', userPoolClientId: 'none' }),
  );
  const clients = { dynamodb: localDynamoDbClient(endpoints), s3: localS3Client(endpoints) };
  await createSchoolResources(school.id, clients);
  await seedDemoSchool(clients.dynamodb, names.table);
  await seedDemoPlanning(school, clients.dynamodb, names.table);
  // The directory without its accounts: sign-in is not measured here.
  if (people) {
    const directory = demoDirectory(school);
    await writeRequests(
      names.table,
      [...directory.classes.map(toClassItem), ...directory.people.map(toPersonItem)].map(put),
      {
        client: DynamoDBDocumentClient.from(clients.dynamodb, {
          marshallOptions: { removeUndefinedValues: true },
        }),
      },
    );
  }
  return {
    school,
    async stop() {
      clients.dynamodb.destroy();
      clients.s3.destroy();
      await s3.stop();
      await dynamodb.stop();
    },
  };
};
