import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { pdfPages } from '../../support/pdf-text';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

/**
 * The PDF of a week's timetable, read as a person checks a printed sheet: whose it is, the week, the days, the
 * lessons with their times and rooms; and, printed by someone who may not read a pupil, no name of that pupil.
 */
describe('the printed timetable of a week, through the HTTP API', () => {
  let school: SchoolUnderTest;
  let ids: { room: string; teacher: string };
  let pupilName = '';
  const tokens = new Map<string, string>();

  const pdfOf = async (username: string, path: string) => {
    const token = tokens.get(username) ?? (await school.signIn(username));
    tokens.set(username, token);
    const response = await fetch(`${school.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, type: response.headers.get('content-type'), bytes };
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest(
      { displayName: 'Conservatoire du papier', kind: 'conservatoire' },
      { signedInAs: 'planning.demo' },
    );
    const planner = school.request;
    const teacher = school.demoAccounts.find(({ username }) => username === 'prof.demo')?.personId as string;
    const student = school.demoAccounts.find(({ username }) => username === 'eleve.demo')?.personId as string;
    // A pupil the demo student may not read: any other pupil.
    const people = demoDirectory(school.school).people;
    const teacherName = people.find((person) => person.personId === teacher)?.lastName;
    const pupil = people.find(
      (person) =>
        person.profiles.includes('student') && person.personId !== student && person.lastName !== teacherName,
    );
    if (!pupil) throw new Error('No other pupil in the demo directory');
    pupilName = `${pupil.firstName} ${pupil.lastName}`;
    const room = await planner('POST', '/api/places', {
      name: 'Salle 12',
      kind: 'classroom',
      capacity: 14,
      equipment: [],
      site: 'Site Jean-Jaurès',
    });
    ids = { room: room.body.id, teacher };
    const course = await planner('POST', '/api/projects', {
      kind: 'course',
      name: 'Formation musicale 1A',
      members: [{ personId: teacher, role: 'professeur' }],
      classIds: ['fm1a'],
    });
    const weekly = await planner('POST', `/api/projects/${course.body.id}/activities`, {
      title: 'Formation musicale 1A',
      schedule: {
        kind: 'weekly',
        weekday: 2,
        start: '17:00',
        end: '18:30',
        from: '2026-09-01',
        until: '2027-06-30',
      },
      placeIds: [ids.room],
      personIds: [teacher],
      classIds: ['fm1a'],
    });
    expect(weekly.status).toBe(201);
    const lessons = await planner('POST', '/api/projects', {
      kind: 'course',
      name: `Piano – ${pupilName}`,
      members: [
        { personId: teacher, role: 'professeur' },
        { personId: pupil.personId, role: 'élève' },
      ],
    });
    const lesson = await planner('POST', `/api/projects/${lessons.body.id}/activities`, {
      title: `Piano – ${pupilName}`,
      schedule: { kind: 'once', date: '2026-11-26', start: '18:30', end: '19:00' },
      placeIds: [ids.room],
      personIds: [teacher, pupil.personId],
    });
    expect(lesson.status).toBe(201);
  }, 300_000);
  afterAll(() => school?.stop());

  it('prints a room’s week on one page: its name, the week, each day, the lessons with their times', async () => {
    const { status, type, bytes } = await pdfOf(
      'planning.demo',
      `/api/agenda/place/${ids.room}/pdf?date=2026-11-26`,
    );

    expect(status).toBe(200);
    expect(type).toBe('application/pdf');
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(1);
    const [text] = pages as [string];
    expect(text).toContain('Emploi du temps du lieu : Salle 12');
    expect(text).toContain('Semaine du lundi 23 novembre au samedi 28 novembre 2026');
    for (const day of ['lundi 23 novembre', 'mardi 24 novembre', 'jeudi 26 novembre', 'samedi 28 novembre'])
      expect(text).toContain(day);
    expect(text).toContain('17:00 – 18:30 Formation musicale 1A');
    // The half-hour lesson: its start and title, the planner may read the pupil.
    expect(text).toContain('18:30');
    expect(text).toContain('Piano');
  });

  it('prints no name of a pupil the reader may not read: the lesson shows as a course', async () => {
    const asPlanner = (
      await pdfPages(
        (
          await pdfOf('planning.demo', `/api/agenda/person/${ids.teacher}/pdf?date=2026-11-26`)
        ).bytes,
      )
    )[0];
    const asStudent = await pdfOf('eleve.demo', `/api/agenda/person/${ids.teacher}/pdf?date=2026-11-26`);

    expect(asStudent.status).toBe(200);
    const [text] = (await pdfPages(asStudent.bytes)) as [string];
    expect(text).toContain('jeudi 26 novembre');
    expect(text).toContain('18:30');
    expect(text).toContain('Cours');
    expect(text).not.toContain(pupilName.split(' ')[1] as string);
    expect(asPlanner).toContain('Piano');
  });

  it('refuses to print a pupil’s week to whom may not read it, as their agenda does', async () => {
    const other = demoDirectory(school.school).people.find(
      (person) =>
        person.profiles.includes('student') &&
        person.personId !== school.demoAccounts.find(({ username }) => username === 'eleve.demo')?.personId,
    );
    const refused = await pdfOf('eleve.demo', `/api/agenda/person/${other?.personId}/pdf?date=2026-11-26`);
    expect(refused.status).toBe(404);
    expect(refused.type).toContain('application/json');
  });
});
