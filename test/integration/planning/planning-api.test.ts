import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

type Request = SchoolUnderTest['request'];

const concertHall = {
  name: 'Auditorium Messiaen',
  kind: 'concert-hall',
  capacity: 200,
  equipment: [{ type: 'grand-piano', quantity: 1 }],
  site: 'Site Jean-Jaurès',
};
const pianoRoom = {
  name: 'Salle 12',
  kind: 'classroom',
  capacity: 14,
  equipment: [{ type: 'grand-piano', quantity: 1 }],
  site: 'Site Jean-Jaurès',
};
const studio = { name: 'Studio 3', kind: 'practice-room', capacity: 2, equipment: [], site: 'Site Berlioz' };

describe('planning through the HTTP API and DynamoDB Local', () => {
  let school: SchoolUnderTest;
  let planner: Request;
  let ids: {
    hall: string;
    pianoRoom: string;
    studio: string;
    teacher: string;
    student: string;
    course: string;
  };

  const week = async (
    kind: string,
    id: string,
    from = '2026-11-23',
    to = '2026-11-29',
    as: Request = planner,
  ) => as('GET', `/api/agenda/${kind}/${id}?from=${from}&to=${to}`);
  const itemsOn = (agenda: { body: { days: { date: string; items: unknown[] }[] } }, date: string) =>
    agenda.body.days.find((day) => day.date === date)?.items as {
      title: string;
      start: string;
      end: string;
      conflictsWith: string[];
    }[];

  beforeAll(async () => {
    school = await startSchoolUnderTest(
      { displayName: 'Conservatoire du planning', kind: 'conservatoire' },
      { signedInAs: 'planning.demo' },
    );
    planner = school.request;
    const create = async (place: unknown) => (await planner('POST', '/api/places', place)).body.id as string;
    const teacher = school.demoAccounts.find(({ username }) => username === 'prof.demo')?.personId as string;
    const student = school.demoAccounts.find(({ username }) => username === 'eleve.demo')?.personId as string;
    const course = await planner('POST', '/api/projects', {
      kind: 'course',
      name: 'Formation musicale 1A',
      subject: 'Formation musicale',
      members: [{ personId: teacher, role: 'professeur' }],
      classIds: ['fm1a'],
    });
    expect(course.status).toBe(201);
    ids = {
      hall: await create(concertHall),
      pianoRoom: await create(pianoRoom),
      studio: await create(studio),
      teacher,
      student,
      course: course.body.id,
    };
  });
  afterAll(() => school?.stop());

  const weeklyCourse = () => ({
    title: 'Formation musicale 1A',
    schedule: {
      kind: 'weekly',
      weekday: 2,
      start: '17:00',
      end: '18:30',
      from: '2026-09-01',
      until: '2027-06-30',
    },
    placeIds: [ids.pianoRoom],
    personIds: [ids.teacher],
    classIds: ['fm1a'],
  });

  it('plans a weekly course that the room, the teacher and each student of the class see in their week', async () => {
    const saved = await planner('POST', `/api/projects/${ids.course}/activities`, weeklyCourse());
    expect(saved.status).toBe(201);
    // Every Tuesday of the year but none on a public holiday (the default calendar has no school holidays).
    expect(saved.body.occurrences).toBeGreaterThan(40);

    for (const [kind, id] of [
      ['place', ids.pianoRoom],
      ['person', ids.teacher],
      ['person', ids.student],
      ['project', ids.course],
    ] as const) {
      const agenda = await week(kind, id);
      expect(agenda.status).toBe(200);
      expect(itemsOn(agenda, '2026-11-24')).toMatchObject([
        { title: 'Formation musicale 1A', start: '17:00', end: '18:30', conflictsWith: [] },
      ]);
      expect(itemsOn(agenda, '2026-11-25')).toEqual([]);
    }
    const student = await school.as('eleve.demo');
    expect(
      itemsOn(await week('person', ids.student, undefined, undefined, student), '2026-11-24'),
    ).toHaveLength(1);
  });

  it('refuses an overlapping activity with the conflict named, writes nothing, and keeps it when the planner insists', async () => {
    const rehearsal = {
      title: 'Répétition quatuor',
      schedule: { kind: 'once', date: '2026-11-24', start: '18:00', end: '19:00' },
      placeIds: [ids.pianoRoom],
    };
    const refused = await planner('POST', `/api/projects/${ids.course}/activities`, rehearsal);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'conflicts',
      conflicts: [
        {
          resource: { kind: 'place', id: ids.pianoRoom, label: 'Salle 12' },
          date: '2026-11-24',
          start: '17:00',
          end: '18:30',
          title: 'Formation musicale 1A',
        },
      ],
    });
    expect(itemsOn(await week('place', ids.pianoRoom), '2026-11-24')).toHaveLength(1);

    const kept = await planner('POST', `/api/projects/${ids.course}/activities`, {
      ...rehearsal,
      acceptConflicts: true,
    });
    expect(kept.status).toBe(201);
    const both = itemsOn(await week('place', ids.pianoRoom), '2026-11-24');
    expect(both.map(({ title, conflictsWith }) => [title, conflictsWith.length])).toEqual([
      ['Formation musicale 1A', 1],
      ['Répétition quatuor', 1],
    ]);
  });

  it('lists the conflicts of a day for the planners, on a shared room as on a shared teacher', async () => {
    const lesson = await planner('POST', `/api/projects/${ids.course}/activities`, {
      title: 'Cours particulier du professeur',
      schedule: { kind: 'once', date: '2026-11-17', start: '17:30', end: '18:00' },
      placeIds: [ids.studio],
      personIds: [ids.teacher],
      acceptConflicts: true,
    });
    expect(lesson.status).toBe(201);
    const conflictsOn = async (date: string, as: Request = planner) =>
      as('GET', `/api/planning/day-conflicts?date=${date}`);

    const onTeacher = await conflictsOn('2026-11-17');
    expect(onTeacher.status).toBe(200);
    expect(onTeacher.body.items).toMatchObject([
      { title: 'Formation musicale 1A', start: '17:00', conflictsWith: [lesson.body.activity.id] },
      { title: 'Cours particulier du professeur', start: '17:30', conflictsWith: [expect.any(String)] },
    ]);
    const inRoom = await conflictsOn('2026-11-24');
    expect(inRoom.body.items.map(({ title }: { title: string }) => title)).toEqual([
      'Formation musicale 1A',
      'Répétition quatuor',
    ]);
    expect((await conflictsOn('2026-11-18')).body).toEqual({ date: '2026-11-18', items: [] });
    expect((await conflictsOn('2026-13-01')).body.error).toMatchObject({ field: 'date' });
    expect((await conflictsOn('2026-11-17', await school.as('eleve.demo'))).status).toBe(403);
  });

  it('lets exactly one of 50 planners saving the same slot at the same moment succeed', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        planner('POST', `/api/projects/${ids.course}/activities`, {
          title: `Cours particulier ${index + 1}`,
          schedule: { kind: 'once', date: '2026-12-01', start: '10:00', end: '11:00' },
          placeIds: [ids.studio],
        }),
      ),
    );
    expect(attempts.filter(({ status }) => status === 201)).toHaveLength(1);
    expect(attempts.filter(({ status }) => status === 409)).toHaveLength(49);
    const day = await planner('GET', '/api/planning/day?date=2026-12-01');
    const studioRow = day.body.places.find((row: { place: { id: string } }) => row.place.id === ids.studio);
    expect(studioRow.items).toHaveLength(1);
  });

  it('moves one occurrence, then the rest of the series, re-checking conflicts', async () => {
    const { body: sheet } = await planner('GET', `/api/projects/${ids.course}`);
    const course = sheet.activities.find(
      (activity: { title: string; schedule: { kind: string } }) => activity.schedule.kind === 'weekly',
    );

    const blocked = await planner('POST', `/api/activities/${course.id}/move`, {
      seriesDate: '2026-12-01',
      scope: 'one',
      to: { date: '2026-12-01', start: '10:00', end: '11:00' },
      placeIds: [ids.studio],
    });
    expect(blocked.status).toBe(409);

    const moved = await planner('POST', `/api/activities/${course.id}/move`, {
      seriesDate: '2026-12-01',
      scope: 'one',
      to: { date: '2026-12-03', start: '14:00', end: '15:30' },
    });
    expect(moved.status).toBe(200);
    const december = await week('place', ids.pianoRoom, '2026-11-30', '2026-12-06');
    expect(itemsOn(december, '2026-12-01')).toEqual([]);
    expect(itemsOn(december, '2026-12-03')).toMatchObject([{ start: '14:00', end: '15:30', moved: true }]);

    const rest = await planner('POST', `/api/activities/${course.id}/move`, {
      seriesDate: '2027-01-05',
      scope: 'following',
      to: { date: '2027-01-06', start: '16:00', end: '17:30' },
      placeIds: [ids.hall],
    });
    expect(rest.status).toBe(200);
    const january = await week('person', ids.teacher, '2027-01-04', '2027-01-10');
    expect(itemsOn(january, '2027-01-05')).toEqual([]);
    expect(itemsOn(january, '2027-01-06')).toMatchObject([
      { start: '16:00', end: '17:30', placeIds: [ids.hall] },
    ]);
    expect(itemsOn(await week('person', ids.teacher), '2026-11-24')).toHaveLength(1);
  });

  it('finds free places that fit, smallest first', async () => {
    const free = await planner(
      'GET',
      '/api/planning/free-places?date=2026-11-24&start=17:30&end=18:00&capacity=10&equipment=grand-piano',
    );
    expect(free.status).toBe(200);
    expect(free.body.items.map(({ name }: { name: string }) => name)).toEqual(['Auditorium Messiaen']);
  });

  it('exports the final planning of a week as a CSV that French Excel opens', async () => {
    const token = await school.signIn('planning.demo');
    const exported = await fetch(`${school.url}/api/planning/export?from=2026-11-23&to=2026-11-29`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = Buffer.from(await exported.arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split(/\r?\n/).filter(Boolean);
    expect(lines[0]).toContain(';');
    const course = lines.find(
      (line) => line.includes('Formation musicale 1A') && line.includes('24/11/2026'),
    );
    expect(course).toContain('Salle 12');
    expect(course).toContain('17:00');
  });

  it('changes a project sheet without touching what the change does not name', async () => {
    const changed = await planner('PATCH', `/api/projects/${ids.course}`, {
      description: 'Solfège et chant',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ description: 'Solfège et chant', classIds: ['fm1a'], version: 2 });
    const stale = await planner(
      'PATCH',
      `/api/projects/${ids.course}`,
      { name: 'FM 1A' },
      { 'if-match': '"1"' },
    );
    expect(stale.status).toBe(412);
  });

  it('lists a person’s own projects: the teacher sees the course they teach, the planner none of theirs', async () => {
    const teacher = await school.as('prof.demo');
    const mine = await teacher('GET', '/api/projects?mine=true');
    expect(mine.status).toBe(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ id: ids.course, kind: 'course', name: 'Formation musicale 1A' }),
    ]);
    expect((await teacher('GET', '/api/projects?mine=true&kind=exam')).body.items).toEqual([]);
    expect((await planner('GET', '/api/projects?mine=true')).body.items).toEqual([]);
    expect((await planner('GET', '/api/projects?mine=yes')).body.error.field).toBe('mine');
  });

  it('lists a student only the projects they may open: their class’s course, not the others', async () => {
    const other = await planner('POST', '/api/projects', {
      kind: 'internal',
      name: 'Réunion des professeurs',
    });
    expect(other.status).toBe(201);
    const student = await school.as('eleve.demo');
    const listed = await student('GET', '/api/projects');
    expect(listed.status).toBe(200);
    const listedIds = listed.body.items.map(({ id }: { id: string }) => id);
    expect(listedIds).toContain(ids.course);
    expect(listedIds).not.toContain(other.body.id);
    for (const id of listedIds) expect((await student('GET', `/api/projects/${id}`)).status).toBe(200);
    // Those who read every project still list them all.
    expect((await planner('GET', '/api/projects')).body.items.map(({ id }: { id: string }) => id)).toContain(
      other.body.id,
    );
  });

  it('refuses bad input with the field and the reason', async () => {
    const cases: [unknown, string][] = [
      [
        { ...weeklyCourse(), schedule: { kind: 'once', date: '2026-11-24', start: '17:03', end: '18:00' } },
        'schedule.start',
      ],
      [
        { ...weeklyCourse(), schedule: { kind: 'once', date: '2026-11-24', start: '18:00', end: '17:00' } },
        'schedule.end',
      ],
      [{ ...weeklyCourse(), placeIds: ['nowhere'] }, 'placeIds'],
      [{ ...weeklyCourse(), classIds: ['6z'] }, 'classIds'],
    ];
    for (const [body, field] of cases) {
      const response = await planner('POST', `/api/projects/${ids.course}/activities`, body);
      expect(response.status, field).toBe(400);
      expect(response.body.error.field).toBe(field);
    }
  });

  it('lets only planners change the planning, and a parent read no pupil’s week but their children’s', async () => {
    const student = await school.as('eleve.demo');
    expect((await student('POST', `/api/projects/${ids.course}/activities`, weeklyCourse())).status).toBe(
      403,
    );
    const parent = await school.as('parent.demo');
    // Adults are named in the plannings a parent reads (their child's teacher), so their week is readable too,
    // with every pupil not the parent's child left out (test/integration/identity/person-visibility.test.ts).
    expect((await week('person', ids.teacher, undefined, undefined, parent)).status).toBe(200);
    expect((await week('place', ids.hall, undefined, undefined, parent)).status).toBe(403);
  });
});
