import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { zoneNearNoon } from '../../support/dates';
import { outboxEvents } from '../../support/outbox-events';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * The roll call against DynamoDB Local, through the handlers: the teacher of today's course takes its register and
 * changes it, two saves of one version give one, a teacher of the class who does not give the course is told so and
 * one who does not teach it finds nothing, vie scolaire reads the day, and a register not taken is reminded once.
 */
describe('the roll call, from a teacher’s course to vie scolaire’s day', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let teacher: Request;
  let staff: Request;
  let pupil: Request;
  let teacherId: string;
  let ownCourse: string;
  let colleaguesCourse: string;
  let elsewhereCourse: string;
  let forgottenCourse: string;
  let pupilIds: string[];
  // A school where it is near noon: its courses of 00:00 and 00:30 are due, and the day ends hours from now.
  const timeZone = zoneNearNoon();
  const today = todayInZone(new Date(), timeZone);
  const registerPath = (activityId: string) => `/api/attendance/registers/${activityId}/${today}`;

  const plan = async (classId: string, personId: string, start: string, end: string) => {
    const project = await planner('POST', '/api/projects', {
      kind: 'course',
      name: `Cours ${classId} ${start}`,
      members: [{ personId, role: 'professeur' }],
      classIds: [classId],
    });
    const activity = await planner('POST', `/api/projects/${project.body.id}/activities`, {
      title: `Cours ${start}`,
      schedule: { kind: 'once', date: today, start, end },
      personIds: [personId],
      classIds: [classId],
      acceptConflicts: true,
    });
    expect(activity.status).toBe(201);
    return activity.body.activity.id as string;
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({ timeZone }, { signedInAs: 'planning.demo' });
    planner = school.request;
    teacher = await school.as('prof.demo');
    staff = await school.as('vie-scolaire.demo');
    pupil = await school.as('eleve.demo');
    const directory = demoDirectory(school.school);
    teacherId = directory.accounts.find((account) => account.username === 'prof.demo')?.personId as string;
    const taught = directory.teaching.filter(([t]) => t === teacherId).map(([, c]) => c);
    const ownClass = taught[0] as string;
    const notTaught = directory.classes.find(({ classId }) => !taught.includes(classId))?.classId as string;
    const colleague = directory.people.find(
      (person) => person.profiles.includes('teacher') && person.personId !== teacherId,
    )?.personId as string;
    pupilIds = directory.people
      .filter((person) => person.classId === ownClass && person.profiles.includes('student'))
      .map((person) => person.personId);
    // Courses that started long enough ago for their registers to be due.
    ownCourse = await plan(ownClass, teacherId, '00:00', '00:30');
    colleaguesCourse = await plan(ownClass, colleague, '00:00', '00:30');
    elsewhereCourse = await plan(notTaught, colleague, '00:00', '00:30');
    // The demo teacher's other course of the day, whose register they forget.
    forgottenCourse = await plan(ownClass, teacherId, '00:30', '01:00');
  }, 300_000);
  afterAll(() => school?.stop());

  it('lists the teacher’s courses of the day, and their register with every pupil present', async () => {
    const mine = await teacher('GET', '/api/attendance/my-courses');
    expect(mine.status).toBe(200);
    expect(
      mine.body.courses.map((course: { session: { activityId: string } }) => course.session.activityId),
    ).toEqual([ownCourse, forgottenCourse]);
    const register = await teacher('GET', registerPath(ownCourse));
    expect(register.status).toBe(200);
    expect(register.body).toMatchObject({ version: null, mayTake: true });
    expect(register.body.pupils.map((p: { personId: string }) => p.personId).sort()).toEqual(
      [...pupilIds].sort(),
    );
    expect(register.body.pupils.every((p: { mark: string }) => p.mark === 'present')).toBe(true);
  });

  it('saves the register in one write, and changes it during the day', async () => {
    const [absent, late] = pupilIds as [string, string];
    const taken = await teacher('PUT', registerPath(ownCourse), {
      marks: [
        { personId: absent, mark: 'absent' },
        { personId: late, mark: 'late', minutes: 10 },
      ],
    });
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ version: 1, takenBy: teacherId });
    const changed = await teacher('PUT', registerPath(ownCourse), {
      marks: [{ personId: late, mark: 'late', minutes: 10 }],
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(2);
    const stale = await teacher('PUT', registerPath(ownCourse), { marks: [], version: 1 });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('stale_version');

    const events = await outboxEvents(school, 'Absence');
    expect(events.map(({ type, pupilIds: ids, kind }) => [type, kind, ids])).toEqual(
      expect.arrayContaining([
        ['AbsenceRecorded', 'absent', [absent]],
        ['AbsenceRecorded', 'late', [late]],
        ['AbsenceCancelled', 'absent', [absent]],
      ]),
    );
    expect(events).toHaveLength(3);

    // The school's audit trail lists who took the register and who changed it, when: version by version.
    const head = await school.as('direction.demo');
    const trail = await head('GET', `/api/audit?subject=${ownCourse}:${today}`);
    expect(trail.status).toBe(200);
    expect(
      trail.body.items.map((entry: { action: string; actor: { id: string }; details: object }) => [
        entry.action,
        entry.actor.id,
        entry.details,
      ]),
    ).toEqual([
      ['register.changed', teacherId, { version: 2, absent: 0, late: 1 }],
      ['register.taken', teacherId, { version: 1, absent: 1, late: 1 }],
    ]);
  });

  it('gives one of two saves of the same version, the other a 412', async () => {
    const first = await staff('GET', registerPath(ownCourse));
    const version = first.body.version as number;
    const [absent] = pupilIds as [string];
    const answers = await Promise.all(
      [0, 1].map(() =>
        staff('PUT', registerPath(ownCourse), { marks: [{ personId: absent, mark: 'absent' }], version }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
    const after = await staff('GET', registerPath(ownCourse));
    expect(after.body.version).toBe(version + 1);
    expect(after.body.history.map((register: { version: number }) => register.version)).toEqual(
      Array.from({ length: version + 1 }, (_, index) => index + 1),
    );
  });

  it('refuses a teacher the course of a colleague (403), hides another class’s (404), and a pupil sees none', async () => {
    const colleagues = await teacher('PUT', registerPath(colleaguesCourse), { marks: [] });
    expect(colleagues.status).toBe(403);
    expect(colleagues.body.error.code).toBe('not_your_course');
    expect((await teacher('GET', registerPath(elsewhereCourse))).status).toBe(404);
    expect((await teacher('PUT', registerPath(elsewhereCourse), { marks: [] })).status).toBe(404);
    expect((await pupil('GET', registerPath(ownCourse))).status).toBe(404);
    expect((await pupil('GET', `/api/attendance/days/${today}`)).status).toBe(403);
  });

  it('shows vie scolaire the day: absences per course, the registers not taken, reminded once', async () => {
    const remind = (await import('#functions/attendance/remind-registers')).handler;
    await remind({}, {} as never);
    await remind({}, {} as never);
    const day = await staff('GET', `/api/attendance/days/${today}`);
    expect(day.status).toBe(200);
    const courseOf = (activityId: string) =>
      day.body.courses.find(
        (course: { session: { activityId: string } }) => course.session.activityId === activityId,
      );
    expect(courseOf(ownCourse)).toMatchObject({ taken: true, notTaken: false });
    expect(courseOf(ownCourse).absent.map((p: { personId: string }) => p.personId)).toEqual([pupilIds[0]]);
    expect(courseOf(colleaguesCourse)).toMatchObject({ taken: false, notTaken: true });
    expect(courseOf(colleaguesCourse).remindedAt).toEqual(expect.any(String));
    // The race's save left the late pupil present.
    expect(day.body.absentOrLate.map((p: { personId: string }) => p.personId)).toEqual([pupilIds[0]]);
    expect(courseOf(forgottenCourse)).toMatchObject({ taken: false, notTaken: true });
    const reminders = await outboxEvents(school, 'RegisterReminderDue');
    // The teacher is told once, in their notifications, with a link to the register.
    const feed = await teacher('GET', '/api/notifications');
    expect(
      feed.body.items
        .filter((item: { subject: string }) => item.subject === 'register-not-taken')
        .map((item: { link: string }) => item.link),
    ).toEqual([`/appel/${forgottenCourse}/${today}`]);
    expect(reminders.filter((event) => event.activityId === colleaguesCourse)).toHaveLength(1);
    expect(reminders.filter((event) => event.activityId === ownCourse)).toHaveLength(0);
  });
});
