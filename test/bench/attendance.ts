import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Justification } from '#domain/attendance/justification';
import type { AbsenceItem, PupilMark, Register, RegisterSession } from '#domain/attendance/register';
import type { Actor } from '#domain/identity/actor';
import { daysBetween, weekdayOf } from '#domain/shared/calendar/calendar-days';
import { instantOf } from '#domain/shared/calendar/zoned-instant';
import { absenceRecorded, registerTaken } from '#events/attendance/attendance-events';
import { newEvent } from '#events/envelope';
import { put, writeRequests } from '#functions/lib/write-requests';
import { localResourceNames } from '#infra/definitions/environment';
import { attendanceKeys } from '#infra/definitions/school-table';
import { localDynamoDbClient } from '#infra/local/local-aws';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { countingDynamoCalls } from './call-count';
import { startDemoYearSchool } from './demo-year-school';
import { type Figure, writeFigures } from './figures';

const runs = 20;
const term = { from: '2026-09-01', to: '2026-12-18' };
const month = { from: '2026-11-01', to: '2026-11-30' };
/** The live day: a school of 600 pupils, 20 classes of 30, six courses each, every register taken. */
const liveDay = { date: '2026-12-08', classes: 20, pupilsPerClass: 30 } as const;
const dayCourses = [
  ['08:00', '09:00'],
  ['09:00', '10:00'],
  ['10:15', '11:15'],
  ['11:15', '12:15'],
  ['14:00', '15:00'],
  ['15:00', '16:00'],
] as const;

/** A course session of the bench's live day. */
const daySession = (
  classId: string,
  [start, end]: readonly [string, string],
  timeZone: string,
  date: string = liveDay.date,
): RegisterSession => ({
  activityId: `bench-${classId}-${start.replace(':', '')}`,
  seriesDate: date,
  projectId: 'bench',
  title: 'Cours',
  date,
  start,
  end,
  startsAt: instantOf(date, start, timeZone),
  endsAt: instantOf(date, end, timeZone),
  classIds: [classId],
  teacherIds: [],
  inPersonPupilIds: [],
});

/**
 * The absences of a term for every pupil of the demo conservatoire's classes, in DynamoDB Local: each pupil absent
 * from two morning courses one weekday in nine, late one in thirteen, a first absence justified; and a live day of
 * a 600-pupil school, every register taken. Targets (issue 17): saving a course's register in one transaction; the
 * day's absences for vie scolaire in at most 2 DynamoDB calls; a pupil's term in one query; a class's month
 * counted with its calls. Times against a yardstick measured in the same run (one GetItem of a person).
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

    // 2. A live day of 600 pupils: every register of the day taken, one pupil in twenty absent, one in forty late.
    const { registerItems, dynamoAttendance } = await import(
      '#functions/attendance/adapters/dynamo-attendance'
    );
    const markOf = (classIndex: number, pupil: number, course: number): PupilMark => {
      const seed = (classIndex * 31 + pupil * 7 + course * 3) % 40;
      const personId = `bench-pupil-${classIndex}-${pupil}`;
      const name = { personId, firstName: `Élève ${pupil + 1}`, lastName: `Classe ${classIndex + 1}` };
      return seed < 2
        ? { ...name, mark: 'absent' }
        : seed === 2
          ? { ...name, mark: 'late', minutes: 5 }
          : { ...name, mark: 'present' };
    };
    const dayRegisters: Register[] = [];
    for (let classIndex = 0; classIndex < liveDay.classes; classIndex += 1)
      dayCourses.forEach((course, courseIndex) => {
        const session = daySession(`bench-class-${classIndex}`, course, school.timeZone);
        dayRegisters.push({
          registerId: `${session.activityId}#${session.seriesDate}`,
          session,
          pupils: Array.from({ length: liveDay.pupilsPerClass }, (_, pupil) =>
            markOf(classIndex, pupil, courseIndex),
          ),
          version: 1,
          takenBy: 'bench-teacher',
          takenAt: session.startsAt,
        });
      });
    const dayItems = dayRegisters.flatMap((register) => {
      const { register: current, version, day, absences } = registerItems(register);
      return [current, version, day, ...absences];
    });
    await writeRequests(localResourceNames(school.id).table, dayItems.map(put), { client: documents });
    const dayMarks = dayRegisters.flatMap((register) => register.pupils);
    const dayAbsent = dayMarks.filter((mark) => mark.mark !== 'present').length;

    const measure = countingDynamoCalls(documentClient, runs);

    const pupil = pupils[0] as (typeof pupils)[number];
    const classId = pupil.classId as string;
    const classSize = pupils.filter((each) => each.classId === classId).length;
    const staff = directory.people.find((person) =>
      person.profiles.includes('staff'),
    ) as (typeof pupils)[number];
    const staffActor: Actor = { ...staff, username: 'bench', profiles: ['staff'] };

    // A course's register of 28 pupils saved again and again: each save a new version, the absent ones changing.
    const store = dynamoAttendance(localResourceNames(school.id).table);
    const saved = daySession('bench-saved-class', ['16:00', '17:00'], school.timeZone, '2026-12-09');
    let previous: Register | undefined;
    const saveRegister = async () => {
      const version = (previous?.version ?? 0) + 1;
      const register: Register = {
        registerId: `${saved.activityId}#${saved.seriesDate}`,
        session: saved,
        pupils: Array.from({ length: 28 }, (_, pupil) => ({
          personId: `bench-saved-${pupil}`,
          firstName: `Élève ${pupil + 1}`,
          lastName: 'Bench',
          mark: (pupil + version) % 9 === 0 ? 'absent' : (pupil + version) % 13 === 0 ? 'late' : 'present',
          ...((pupil + version) % 9 !== 0 && (pupil + version) % 13 === 0 && { minutes: 5 }),
        })),
        version,
        takenBy: 'bench-teacher',
        takenAt: new Date().toISOString(),
      };
      const context = { schoolId: school.id, newId: () => crypto.randomUUID(), occurredAt: register.takenAt };
      const about = {
        registerId: register.registerId,
        activityId: saved.activityId,
        seriesDate: saved.seriesDate,
        startsAt: saved.startsAt,
        endsAt: saved.endsAt,
      };
      const absent = register.pupils.filter((each) => each.mark === 'absent').map((each) => each.personId);
      await store.save(register, previous, [
        newEvent(
          registerTaken,
          { ...about, version, takenBy: 'bench-teacher', absent: absent.length, late: 0 },
          context,
        ),
        ...(absent.length > 0
          ? [newEvent(absenceRecorded, { ...about, pupilIds: absent, kind: 'absent' }, context)]
          : []),
      ]);
      previous = register;
    };

    const yardstick = await measure(() => ports.directory.person(pupil.personId));
    const measured = {
      "saving a course's register (28 pupils, a new version)": await measure(saveRegister),
      [`the live day's registers and absences (${dayRegisters.length} registers, ${dayMarks.length} marks)`]:
        await measure(() => store.day(liveDay.date)),
      "a pupil's half-day count for a term (the absences' read)": await measure(() =>
        ports.absences.periodOf(pupil.personId, term.from, term.to),
      ),
      "a pupil's term (the whole request: rights, the pupil, the count)": await measure(() =>
        readPupilAbsences(pupil.personId, term, staffActor, ports),
      ),
      [`a class's counts for a month (${classSize} pupils)`]: await measure(() =>
        countClass(classId, month, staffActor, ports),
      ),
    };
    const count = (await readPupilAbsences(pupil.personId, term, staffActor, ports)).count;
    const day = await store.day(liveDay.date);
    console.log(
      `\nAttendance (absences): ${pupils.length} pupils' term, ${items.length} items, DynamoDB Local; the first ` +
        `pupil's term: ${count.halfDays} half-days (${count.justified} justified), ${count.lates} late; the live ` +
        `day: ${liveDay.classes * liveDay.pupilsPerClass} pupils, ${day.registers.length} registers read, ` +
        `${dayAbsent} marks absent or late`,
    );
    console.table(
      Object.fromEntries(
        Object.entries({ 'yardstick: one GetItem of a person': yardstick, ...measured }).map(
          ([figure, value]) => [
            figure,
            {
              'DynamoDB calls': value.calls,
              commands: value.commands,
              'ms (mean of 20)': value.ms.toFixed(1),
              '× yardstick': (value.ms / yardstick.ms).toFixed(1),
            },
          ],
        ),
      ),
    );
    const targets: Record<string, string> = {
      "saving a course's register (28 pupils, a new version)": '<= 1',
      [`the live day's registers and absences (${dayRegisters.length} registers, ${dayMarks.length} marks)`]:
        '<= 2',
      "a pupil's half-day count for a term (the absences' read)": '<= 1',
      "a pupil's term (the whole request: rights, the pupil, the count)": '<= 2',
      [`a class's counts for a month (${classSize} pupils)`]: `<= ${1 + classSize}`,
    };
    const saving = measured["saving a course's register (28 pupils, a new version)"];
    if (saving.commands !== '1 TransactWriteItemsCommand')
      console.warn(`Saving a register sent ${saving.commands}: the target is one TransactWriteItems alone`);
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
