import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { outboxEvents } from '../../support/outbox-events';
import { pdfPages } from '../../support/pdf-text';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

/**
 * The homework book against DynamoDB Local, through the handlers: a teacher writes a session of their course and
 * gives work, every version is kept, a pupil reads only their classes' work and ticks it for themself, a guardian
 * reads only their children's, and the head of school exports a class's book.
 */
describe('the homework book, from a session to a pupil’s list', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let teacher: Request;
  let pupil: Request;
  let guardian: Request;
  let head: Request;
  let staff: Request;
  let directory: ReturnType<typeof demoDirectory>;
  let pupilId: string;
  let childId: string;
  let teacherId: string;
  let courseActivity: string;
  let otherActivity: string;
  let elsewhereActivity: string;
  const mondays = ['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22'];
  const sessionPath = (activityId: string, date: string) => `/api/homework/sessions/${activityId}/${date}`;
  const dueOf = (as: Request, personId: string) =>
    as('GET', `/api/homework/pupils/${personId}/due?from=2027-03-01&to=2027-03-14`);
  const workTexts = (body: { days: { works: { text: string }[] }[] }) =>
    body.days.flatMap((day) => day.works.map((work) => work.text));

  const plan = async (classIds: string[], personIds: string[], weekday = 1) => {
    const project = await planner('POST', '/api/projects', {
      kind: 'course',
      name: `Français ${classIds.join(' ')} ${weekday}`,
      members: personIds.map((personId) => ({ personId, role: 'professeur' })),
      classIds,
    });
    const activity = await planner('POST', `/api/projects/${project.body.id}/activities`, {
      title: 'Français',
      schedule: {
        kind: 'weekly',
        weekday,
        start: '09:00',
        end: '10:00',
        from: '2027-03-01',
        until: '2027-03-26',
      },
      personIds,
      classIds,
      acceptConflicts: true,
    });
    expect(activity.status).toBe(201);
    return activity.body.activity.id as string;
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({}, { signedInAs: 'planning.demo' });
    planner = school.request;
    teacher = await school.as('prof.demo');
    pupil = await school.as('eleve.demo');
    guardian = await school.as('parent.demo');
    head = await school.as('direction.demo');
    staff = await school.as('vie-scolaire.demo');
    directory = demoDirectory(school.school);
    const idOf = (username: string) =>
      directory.accounts.find((account) => account.username === username)?.personId as string;
    pupilId = idOf('eleve.demo');
    teacherId = idOf('prof.demo');
    const guardianId = idOf('parent.demo');
    childId = directory.guardianships.find(([g, c]) => g === guardianId && c !== pupilId)?.[1] as string;
    const classOf = (personId: string) =>
      directory.people.find((person) => person.personId === personId)?.classId as string;
    const otherTeacher = directory.people.find(
      (person) => person.profiles.includes('teacher') && person.personId !== teacherId,
    )?.personId as string;
    const elsewhere = directory.classes.find(
      ({ classId }) => classId !== classOf(pupilId) && classId !== classOf(childId),
    )?.classId as string;
    // The course of the pupil's class and the guardian's child's, on Mondays, and on Thursdays.
    courseActivity = await plan([...new Set([classOf(pupilId), classOf(childId)])], [teacherId]);
    otherActivity = await plan([classOf(pupilId)], [otherTeacher], 2);
    elsewhereActivity = await plan([elsewhere], [teacherId], 3);
  }, 300_000);
  afterAll(() => school?.stop());

  it('lets the teacher of a session write it and give work due for a later session', async () => {
    const page = await teacher('GET', sessionPath(courseActivity, mondays[0] as string));
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ entry: null, mayWrite: true });
    expect(page.body.laterSessions.map(({ date }: { date: string }) => date)).toEqual(mondays.slice(1));

    const written = await teacher('PUT', sessionPath(courseActivity, mondays[0] as string), {
      content: 'Le passé simple : conjugaison des verbes du premier groupe.',
      links: [{ url: 'https://fr.wikipedia.org/wiki/Passé_simple', title: 'Le passé simple' }],
      works: [
        { text: 'Exercice 4 page 52', dueSession: { activityId: courseActivity, seriesDate: mondays[1] } },
        { text: 'Apprendre la leçon', dueDate: '2027-03-02' },
      ],
    });
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({
      version: 1,
      works: [{ dueDate: mondays[1] }, { dueDate: '2027-03-02' }],
    });

    const given = await outboxEvents(school, 'HomeworkGiven');
    expect(given).toEqual([
      expect.objectContaining({ activityId: courseActivity, seriesDate: mondays[0], givenBy: teacherId }),
    ]);
  });

  it('refuses work due on the session’s day, naming the work, and stores nothing', async () => {
    const refused = await teacher('PUT', sessionPath(courseActivity, mondays[1] as string), {
      content: 'Rien',
      works: [{ text: 'Trop tôt', dueDate: mondays[1] }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe('works.0.dueDate');
    expect(refused.body.error.errors).toEqual([
      expect.objectContaining({ field: 'works.0.dueDate', code: 'due_not_after_session' }),
    ]);
    expect((await teacher('GET', sessionPath(courseActivity, mondays[1] as string))).body.entry).toBeNull();
  });

  it('keeps every version with who wrote it, and refuses an edit of a version read before', async () => {
    const path = sessionPath(courseActivity, mondays[0] as string);
    const first = (await teacher('GET', path)).body.entry;
    const edited = await teacher('PUT', path, {
      content: 'Le passé simple des verbes du premier et du deuxième groupe.',
      links: first.links,
      works: first.works.map(({ workId, text, dueDate }: Record<string, string>) => ({
        workId,
        text,
        dueDate,
      })),
      version: 1,
    });
    expect(edited.status).toBe(200);
    const stale = await teacher('PUT', path, { content: 'Écrasé ?', version: 1 });
    expect(stale.status).toBe(412);

    const read = await head('GET', path);
    expect(read.body.entry.version).toBe(2);
    expect(
      read.body.history.map(
        ({
          version,
          content,
          writtenBy,
        }: {
          version: number;
          content: string;
          writtenBy: { personId: string };
        }) => [version, content, writtenBy.personId],
      ),
    ).toEqual([
      [1, 'Le passé simple : conjugaison des verbes du premier groupe.', teacherId],
      [2, 'Le passé simple des verbes du premier et du deuxième groupe.', teacherId],
    ]);
    // A pupil reads the entry, not its history.
    const byPupil = await pupil('GET', path);
    expect(byPupil.status).toBe(200);
    expect(byPupil.body.history).toBeUndefined();
    expect(byPupil.body.mayWrite).toBe(false);
  });

  it('lets one of two saves of the same version through, never both: the other is told to read again', async () => {
    const path = sessionPath(courseActivity, mondays[2] as string);
    const saves = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        teacher('PUT', path, { content: `Version concurrente ${index}` }),
      ),
    );
    expect(saves.map(({ status }) => status).sort()).toEqual([200, 412, 412, 412, 412, 412]);
    const read = await head('GET', path);
    const winner = saves.find(({ status }) => status === 200)?.body.content;
    expect(read.body.entry).toMatchObject({ version: 1, content: winner });
    expect(read.body.history).toHaveLength(1);
  });

  it('lets a teacher write only in the sessions they give', async () => {
    const other = await teacher('PUT', sessionPath(otherActivity, '2027-03-02'), {
      content: 'Pas mon cours',
    });
    expect([403, 404]).toContain(other.status);
    const byStaff = await staff('PUT', sessionPath(courseActivity, mondays[2] as string), { content: 'Non' });
    expect(byStaff.status).toBe(403);
    expect(byStaff.body.error.code).toBe('not_your_session');
  });

  it('shows a pupil only their classes’ work, and a guardian only their children’s: 404 otherwise', async () => {
    await teacher('PUT', sessionPath(elsewhereActivity, '2027-03-03'), {
      content: 'Une autre classe',
      works: [{ text: 'Travail d’une autre classe', dueDate: '2027-03-05' }],
    });
    const own = await dueOf(pupil, pupilId);
    expect(own.status).toBe(200);
    expect(workTexts(own.body)).toEqual(['Apprendre la leçon', 'Exercice 4 page 52']);
    expect((await pupil('GET', sessionPath(elsewhereActivity, '2027-03-03'))).status).toBe(404);
    expect((await dueOf(pupil, childId)).status).toBe(404);

    const child = await dueOf(guardian, childId);
    expect(child.status).toBe(200);
    expect(workTexts(child.body)).toEqual(['Apprendre la leçon', 'Exercice 4 page 52']);
    if (!directory.guardianships.some(([, c]) => c === pupilId))
      expect((await dueOf(guardian, pupilId)).status).toBe(404);
    expect((await guardian('GET', sessionPath(elsewhereActivity, '2027-03-03'))).status).toBe(404);
  });

  it('holds a tick per pupil: the pupil’s own, never their classmate’s, never set by a guardian', async () => {
    const work = (await dueOf(pupil, pupilId)).body.days[0].works[0];
    const tick = {
      activityId: work.session.activityId,
      seriesDate: work.session.seriesDate,
      workId: work.workId,
      done: true,
    };
    expect((await pupil('PUT', `/api/homework/pupils/${pupilId}/done`, tick)).status).toBe(200);
    expect((await dueOf(pupil, pupilId)).body.days[0].works[0].done).toBe(true);
    expect((await dueOf(guardian, childId)).body.days[0].works[0].done).toBe(false);
    expect((await guardian('PUT', `/api/homework/pupils/${childId}/done`, tick)).status).toBe(404);
    expect(
      (await pupil('PUT', `/api/homework/pupils/${pupilId}/done`, { ...tick, done: false })).status,
    ).toBe(200);
    expect((await dueOf(pupil, pupilId)).body.days[0].works[0].done).toBe(false);
  });

  it('holds a class’s shelf to 100 links, however many are added at once', async () => {
    const classId = directory.people.find((person) => person.personId === pupilId)?.classId as string;
    const add = (index: number) =>
      staff('POST', `/api/homework/classes/${classId}/shelf`, {
        url: `https://example.fr/ressource-${index}`,
        title: `Ressource ${index}`,
        comment: 'Pour réviser.',
      });
    for (let index = 0; index < 95; index += 1) expect((await add(index)).status).toBe(201);
    const racing = await Promise.all(Array.from({ length: 10 }, (_, index) => add(100 + index)));
    expect(racing.filter(({ status }) => status === 201)).toHaveLength(5);
    expect(racing.filter(({ status }) => status === 409).map(({ body }) => body.error.code)).toEqual(
      Array(5).fill('shelf_full'),
    );
    const shelf = await pupil('GET', `/api/homework/classes/${classId}/shelf`);
    expect(shelf.body.links).toHaveLength(100);
    const [first] = shelf.body.links;
    expect((await staff('DELETE', `/api/homework/classes/${classId}/shelf/${first.linkId}`)).status).toBe(
      204,
    );
    expect((await add(200)).status).toBe(201);
  });

  it('opens a class’s book for the year, and its PDF, to the head of school only', async () => {
    const classId = directory.people.find((person) => person.personId === pupilId)?.classId as string;
    const book = await head('GET', `/api/homework/books/class/${classId}?year=2026-2027`);
    expect(book.status).toBe(200);
    expect(
      book.body.entries.map(({ session }: { session: { seriesDate: string } }) => session.seriesDate),
    ).toEqual([mondays[0], mondays[2]]);
    const pdf = await fetch(`${school.url}/api/homework/books/class/${classId}/pdf?year=2026-2027`, {
      headers: { authorization: `Bearer ${await school.signIn('direction.demo')}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    const text = (await pdfPages(new Uint8Array(await pdf.arrayBuffer()))).join(' ');
    expect(text).toContain('Le passé simple des verbes du premier et du deuxième groupe.');
    expect(text).toContain('Exercice 4 page 52');
    expect((await pupil('GET', `/api/homework/books/class/${classId}`)).status).toBe(404);
    expect((await teacher('GET', `/api/homework/books/teacher/${teacherId}`)).status).toBe(200);
  });
});
