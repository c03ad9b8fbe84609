import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Justification } from '#domain/attendance/justification';
import type { AbsenceItem } from '#domain/attendance/register';
import type { Actor } from '#domain/identity/actor';
import { daysBetween, weekdayOf } from '#domain/shared/calendar/calendar-days';
import { instantOf } from '#domain/shared/calendar/zoned-instant';
import { put, writeRequests } from '#functions/lib/write-requests';
import { localResourceNames } from '#infra/definitions/environment';
import { attendanceKeys } from '#infra/definitions/school-table';
import { localDynamoDbClient } from '#infra/local/local-aws';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { startDemoYearSchool } from './demo-year-school';
import { type Figure, writeFigures } from './figures';

const runs = 20;
const term = { from: '2026-09-01', to: '2026-12-18' };
const month = { from: '2026-11-01', to: '2026-11-30' };

/**
 * The absences of a term for every pupil of the demo conservatoire's classes, in DynamoDB Local: each pupil absent
 * from two morning courses one weekday in nine, late one in thirteen, a first absence justified. Targets (issue 17):
 * a pupil's term in one query (here two: the absences, and the justifications beside them); a class's month
 * counted with its calls; times against a yardstick measured in the same run (one GetItem of a person).
 */
export const benchAttendance = async () => {
  const demo = await startDemoYearSchool('bench-attendance', { people: true });
  const { school } = demo;
  try {
    const { documentClient } = await import('#functions/lib/clients/dynamodb');
    const { absencePorts: ports } = await import('#functions/attendance/adapters/absence-ports');
    const { readPupilAbsences } = await import('#domain/attendance/justify-absences');
    const { countClass } = await import('#domain/attendance/count-absences');

    // 1. A term of absences for every pupil of a class.
    const directory = demoDirectory(school);
    const pupils = directory.people.filter((person) => person.profiles.includes('student') && person.classId);
    const schoolDays = daysBetween(term.from, term.to).filter((date) => weekdayOf(date) <= 5);
    const items: Record<string, unknown>[] = [];
    pupils.forEach((pupil, index) => {
      let justified = false;
      schoolDays.forEach((date, day) => {
        const courses = [
          ['08:00', '09:00'],
          ['10:00', '11:00'],
        ] as const;
        const kind = (day + index) % 9 === 0 ? 'absent' : (day + index) % 13 === 0 ? 'late' : undefined;
        if (!kind) return;
        for (const [start, end] of kind === 'late' ? courses.slice(0, 1) : courses) {
          const activityId = `course-${pupil.classId}-${start}`;
          const absence: AbsenceItem = {
            pupilId: pupil.personId,
            registerId: `${activityId}#${date}`,
            activityId,
            seriesDate: date,
            title: 'Formation musicale',
            date,
            start,
            end,
            startsAt: instantOf(date, start, school.timeZone),
            endsAt: instantOf(date, end, school.timeZone),
            classIds: [pupil.classId as string],
            kind,
            ...(kind === 'late' && { minutes: 10 }),
            recordedBy: 'bench',
            recordedAt: `${date}T09:00:00.000Z`,
          };
          items.push({
            ...attendanceKeys.absence(pupil.personId, absence),
            entity: 'attendance-absence',
            ...absence,
          });
        }
        if (kind === 'absent' && !justified) {
          justified = true;
          const justification: Justification = {
            justificationId: `${date}.bench-${index}`,
            pupilId: pupil.personId,
            from: { date, half: 'am' },
            to: { date, half: 'pm' },
            reason: 'illness',
            note: '',
            state: 'accepted',
            declaredBy: 'bench',
            declaredAt: `${date}T18:00:00.000Z`,
            version: 2,
          };
          items.push({
            ...attendanceKeys.justification(pupil.personId, date, justification.justificationId),
            entity: 'attendance-justification',
            ...justification,
          });
        }
      });
    });
    const documents = DynamoDBDocumentClient.from(
      localDynamoDbClient({ dynamodb: process.env.AWS_ENDPOINT_URL_DYNAMODB as string }),
      { marshallOptions: { removeUndefinedValues: true } },
    );
    await writeRequests(localResourceNames(school.id).table, items.map(put), { client: documents });

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
      return { calls: calls / runs, ms: (performance.now() - started) / runs };
    };

    const pupil = pupils[0] as (typeof pupils)[number];
    const classId = pupil.classId as string;
    const classSize = pupils.filter((each) => each.classId === classId).length;
    const staff = directory.people.find((person) =>
      person.profiles.includes('staff'),
    ) as (typeof pupils)[number];
    const staffActor: Actor = { ...staff, username: 'bench', profiles: ['staff'] };

    const yardstick = await measure(() => ports.directory.person(pupil.personId));
    const measured = {
      "a pupil's half-day count for a term (the absences' reads)": await measure(() =>
        Promise.all([
          ports.absences.absencesOf(pupil.personId, term.from, term.to),
          ports.absences.justificationsOf(pupil.personId, term.from, term.to),
        ]),
      ),
      "a pupil's term (the whole request: rights, the pupil, the count)": await measure(() =>
        readPupilAbsences(pupil.personId, term, staffActor, ports),
      ),
      [`a class's counts for a month (${classSize} pupils)`]: await measure(() =>
        countClass(classId, month, staffActor, ports),
      ),
    };
    const count = (await readPupilAbsences(pupil.personId, term, staffActor, ports)).count;
    console.log(
      `\nAttendance (absences): ${pupils.length} pupils' term, ${items.length} items, DynamoDB Local; the first ` +
        `pupil's term: ${count.halfDays} half-days (${count.justified} justified), ${count.lates} late`,
    );
    console.table(
      Object.fromEntries(
        Object.entries({ 'yardstick: one GetItem of a person': yardstick, ...measured }).map(
          ([figure, value]) => [
            figure,
            {
              'DynamoDB calls': value.calls,
              'ms (mean of 20)': value.ms.toFixed(1),
              '× yardstick': (value.ms / yardstick.ms).toFixed(1),
            },
          ],
        ),
      ),
    );
    const targets: Record<string, string> = {
      "a pupil's half-day count for a term (the absences' reads)": '<= 2',
      "a pupil's term (the whole request: rights, the pupil, the count)": '<= 3',
      [`a class's counts for a month (${classSize} pupils)`]: `<= ${1 + 2 * classSize}`,
    };
    const figures: Figure[] = [
      { figure: 'yardstick: one GetItem of a person: time', value: yardstick.ms, unit: 'ms', target: null },
      ...Object.entries(measured).flatMap(([figure, value]) => [
        {
          figure: `${figure}: DynamoDB calls`,
          value: value.calls,
          unit: 'calls',
          target: targets[figure] ?? null,
        },
        { figure: `${figure}: time`, value: Number(value.ms.toFixed(1)), unit: 'ms', target: null },
        {
          figure: `${figure}: time against the yardstick`,
          value: Number((value.ms / yardstick.ms).toFixed(1)),
          unit: 'ratio',
          target: null,
        },
      ]),
    ];
    await writeFigures('attendance', figures);
  } finally {
    await demo.stop();
  }
};
