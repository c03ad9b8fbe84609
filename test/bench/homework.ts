import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SessionEntry } from '#domain/homework/homework';
import type { Actor } from '#domain/identity/actor';
import { agendaEntriesOf } from '#domain/planning/occurrences';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { put, writeRequests } from '#functions/lib/write-requests';
import { localResourceNames } from '#infra/definitions/environment';
import { localDynamoDbClient } from '#infra/local/local-aws';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { demoYear } from '#infra/local/seed/planning/seed-demo-planning';
import { startDemoYearSchool } from './demo-year-school';
import { writeFigures } from './figures';

const runs = 20;

/**
 * The homework book of the demo conservatoire's year, every session of every class's course written with work due
 * at its next session, in DynamoDB Local: the DynamoDB calls and time of what pupils and teachers do most. Target
 * (issue 17): a pupil's work due over the next two weeks in one or two queries.
 */
export const benchHomework = async () => {
  const demo = await startDemoYearSchool('bench-homework', { people: true });
  const { school } = demo;
  try {
    const { documentClient } = await import('#functions/lib/clients/dynamodb');
    const { firstEntryItems } = await import('#functions/homework/adapters/dynamo-homework');
    const { homeworkPorts: ports } = await import('#functions/homework/adapters/homework-ports');
    const { readDueWork } = await import('#domain/homework/pupil-work');

    // 1. A written book: each session of each activity with classes, its work due at the next session.
    const year = demoYear(school);
    const directory = demoDirectory(school);
    const teachers = new Set(
      directory.people
        .filter((person) => person.profiles.includes('teacher'))
        .map((person) => person.personId),
    );
    const entries: SessionEntry[] = year.activities
      .filter((activity) => activity.classIds.length > 0)
      .flatMap((activity) => {
        const sessions = agendaEntriesOf(activity, 'course', year.calendar, school.timeZone);
        return sessions.map((session, index) => {
          const next = sessions[index + 1];
          const teacherIds = session.personIds.filter((id) => teachers.has(id));
          return {
            session: { ...session, teacherIds },
            content: 'Lecture de notes, dictée rythmique, chant.',
            links: [],
            works: next
              ? [
                  {
                    workId: `${session.activityId}-${session.seriesDate}`,
                    text: 'Exercices 1 à 4',
                    dueDate: next.date,
                  },
                ]
              : [],
            version: 1,
            writtenBy: { personId: teacherIds[0] ?? 'teacher', name: 'Professeur' },
            writtenAt: `${session.date}T18:00:00.000Z`,
          };
        });
      });
    const documents = DynamoDBDocumentClient.from(
      localDynamoDbClient({ dynamodb: process.env.AWS_ENDPOINT_URL_DYNAMODB as string }),
      {
        marshallOptions: { removeUndefinedValues: true },
      },
    );
    await writeRequests(localResourceNames(school.id).table, entries.flatMap(firstEntryItems).map(put), {
      client: documents,
    });

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

    const classId = entries[0]?.session.classIds[0] as string;
    const pupil = directory.people.find((person) => person.classId === classId) as NonNullable<
      (typeof directory.people)[number]
    >;
    const pupilActor: Actor = { ...pupil, username: 'bench', profiles: ['student'] };
    const teacherId = entries[0]?.session.teacherIds[0] as string;
    const from = '2026-11-23';
    const to = plusDays(from, 14);
    const figures = {
      "a pupil's work due over the next two weeks (the book's reads)": await measure(() =>
        Promise.all([
          ports.homework.dueFor([pupil.classId as string, ...(pupil.groupIds ?? [])], from, to),
          ports.homework.doneBy(pupil.personId, from, to),
        ]),
      ),
      "a pupil's work due over the next two weeks (the whole request: rights, the pupil, the book)":
        await measure(() => readDueWork(pupil.personId, { from, to }, pupilActor, ports)),
      "a class's book for the year": await measure(() =>
        ports.homework.book('class', classId, '2026-08-01', '2027-07-31'),
      ),
      "a teacher's book for the year": await measure(() =>
        ports.homework.book('teacher', teacherId, '2026-08-01', '2027-07-31'),
      ),
    };
    const due = await readDueWork(pupil.personId, { from, to }, pupilActor, ports);
    console.log(
      `\nHomework: the demo conservatoire's year, ${entries.length} sessions written, DynamoDB Local; ` +
        `the pupil's two weeks hold ${due.days.flatMap((day) => day.works).length} works`,
    );
    console.table(figures);
    const target = figures["a pupil's work due over the next two weeks (the book's reads)"];
    console.log(
      `A pupil's two weeks: ${target['DynamoDB calls']} queries (target: one or two, the pupil's class and ` +
        'groups, and their ticks)',
    );
    const targets: Record<string, string> = {
      "a pupil's work due over the next two weeks (the book's reads)": '<= 2',
    };
    await writeFigures(
      'homework',
      Object.entries(figures).flatMap(([figure, measured]) => [
        {
          figure: `${figure}: DynamoDB calls`,
          value: measured['DynamoDB calls'],
          unit: 'calls',
          target: targets[figure] ?? null,
        },
        { figure: `${figure}: time`, value: Number(measured['ms (mean of 20)']), unit: 'ms', target: null },
      ]),
    );
  } finally {
    await demo.stop();
  }
};
