import type { Activity } from '../../domain/planning/activity';
import { agendaEntriesOf } from '../../domain/planning/occurrences';
import { localResourceNames, schoolFunctionEnvironment } from '../../infra/definitions/environment';
import { createSchoolResources } from '../../infra/local/create-school-resources';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local';
import { localAwsEnvironment, localDynamoDbClient, localS3Client } from '../../infra/local/local-aws';
import { startS3Local } from '../../infra/local/s3-local';
import { demoPlaces } from '../../infra/local/seed/demo-places';
import { demoYear, seedDemoPlanning } from '../../infra/local/seed/seed-demo-planning';
import { seedDemoSchool } from '../../infra/local/seed/seed-demo-school';

const school = {
  id: 'bench-planning',
  displayName: 'Banc du planning',
  kind: 'conservatoire' as const,
  timeZone: 'Europe/Paris',
  locale: 'fr-FR',
};
const runs = 20;

/**
 * The demo conservatoire with its school year planned (200 places, 111 weekly and one-off activities, some 3,300
 * occurrences), in DynamoDB Local: DynamoDB calls and time of what planners and everyone do most. Targets: a
 * conflict check in at most 3 calls; a free-place search over all places under 100 ms.
 */
export const benchPlanning = async () => {
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
  try {
    await createSchoolResources(school.id, clients);
    await seedDemoSchool(clients.dynamodb, names.table);
    await seedDemoPlanning(school, clients.dynamodb, names.table);
    const { documentClient } = await import('../../functions/lib/clients/dynamodb');
    const { planningPorts: ports } = await import('../../functions/planning/adapters/planning-ports');
    const { conflictsOf } = await import('../../domain/planning/commit-planning-change');
    const { readAgenda } = await import('../../domain/planning/read-agenda');
    const { freePlaces } = await import('../../domain/planning/free-places');
    const { placesDay } = await import('../../domain/planning/places-day');

    let calls = 0;
    documentClient.middlewareStack.add(
      (next) => async (args) => {
        calls += 1;
        return next(args);
      },
      { step: 'initialize', name: 'countCalls' },
    );
    const measure = async (work: () => Promise<unknown>) => {
      await work();
      const started = performance.now();
      calls = 0;
      for (let run = 0; run < runs; run += 1) await work();
      return {
        'DynamoDB calls': calls / runs,
        'ms (mean of 20)': ((performance.now() - started) / runs).toFixed(1),
      };
    };

    const year = demoYear(school);
    const course = year.activities.find((activity) => activity.classIds.length > 0) as Activity;
    const teacher = course.personIds[0] as string;
    const hall = demoPlaces().find((place) => place.kind === 'concert-hall')?.id as string;
    // A new weekly course of the whole year on the same room, teacher and class: every Tuesday is read.
    const candidate = agendaEntriesOf(
      { ...course, id: 'candidate' },
      'course',
      year.calendar,
      school.timeZone,
    );
    const labelOf = (resource: { id: string }) => resource.id;
    const week = { from: '2026-11-23', to: '2026-11-29' };
    const figures = {
      'conflict check, a weekly course of the year': await measure(() =>
        conflictsOf(candidate, ports.planning, labelOf),
      ),
      'conflict check, one occurrence': await measure(() =>
        conflictsOf(candidate.slice(10, 11), ports.planning, labelOf),
      ),
      "a place's week": await measure(() => readAgenda({ kind: 'place', id: hall }, week, ports)),
      "a teacher's week": await measure(() => readAgenda({ kind: 'person', id: teacher }, week, ports)),
      "a student's week (with their class)": await measure(() =>
        readAgenda({ kind: 'person', id: 'student' }, week, ports, { classId: course.classIds[0] }),
      ),
      'free places, all 200 places': await measure(() =>
        freePlaces(
          { date: '2026-11-24', start: '14:00', end: '16:00', capacity: 12, equipment: 'grand-piano' },
          ports,
        ),
      ),
      'general planning of a day, all places': await measure(() => placesDay({ date: '2026-11-24' }, ports)),
    };
    console.log(
      `\nPlanning: the demo conservatoire's year (${year.activities.length} activities), DynamoDB Local`,
    );
    console.table(figures);
    const check = figures['conflict check, a weekly course of the year'];
    const free = figures['free places, all 200 places'];
    console.log(
      `Conflict check ${check['DynamoDB calls']} calls (target: at most 3); free-place search ` +
        `${free['ms (mean of 20)']} ms (target: under 100 ms)`,
    );
  } finally {
    clients.dynamodb.destroy();
    clients.s3.destroy();
    await s3.stop();
    await dynamodb.stop();
  }
};
