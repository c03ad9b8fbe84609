import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';
import { waitForJob } from '../../support/wait-for-job';

/** The administration imports the timetable software's export: courses become projects planned every week. */
describe('timetable import, through the import jobs and into the planning', () => {
  let school: SchoolUnderTest;
  let csv: Uint8Array;
  let teacher: { personId: string; firstName: string; lastName: string };

  const waitFor = (jobId: string, statuses: string[]) => waitForJob(school.request, jobId, statuses);

  const check = async (bytes: Uint8Array) => {
    const created = await school.request('POST', '/api/imports', { source: 'timetable', files: ['edt.csv'] });
    expect(created.status).toBe(201);
    const [upload] = created.body.uploads;
    expect((await fetch(upload.url, { method: 'PUT', body: Buffer.from(bytes) })).status).toBe(200);
    expect((await school.request('POST', `/api/imports/${created.body.jobId}/dry-run`)).status).toBe(202);
    return waitFor(created.body.jobId, ['planned', 'failed']);
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' }, { signedInAs: 'direction.demo' });
    const directory = demoDirectory(school.school);
    // The demo names are drawn at random: a teacher with a namesake colleague would be ambiguous in the file.
    const nameOf = (personId: string) => {
      const { firstName, lastName } = directory.people.find((person) => person.personId === personId) ?? {};
      return `${lastName} ${firstName}`;
    };
    const teacherIds = [...new Set(directory.teaching.map(([teacherId]) => teacherId))];
    const [teacherId, classId] = directory.teaching.find(
      ([candidate]) => teacherIds.filter((other) => nameOf(other) === nameOf(candidate)).length === 1,
    ) as [string, string];
    teacher = directory.people.find(({ personId }) => personId === teacherId) as typeof teacher;
    const label = directory.classes.find((schoolClass) => schoolClass.classId === classId)?.label;
    const planner = await school.as('planning.demo');
    await planner('POST', '/api/places', {
      name: 'Salle 101',
      kind: 'classroom',
      capacity: 30,
      site: 'Collège',
    });
    const name = `${teacher.lastName.toUpperCase()} ${teacher.firstName}`;
    csv = new TextEncoder().encode(
      [
        'Jour;Début;Fin;Semaines;Matière;Classe;Professeur;Salle',
        `Lundi;08h00;08h55;;Mathématiques;${label};${name};Salle 101`,
        `Mardi;10h05;11h00;A;Mathématiques;${label};${name};Salle 101`,
      ].join('\r\n'),
    );
  });
  afterAll(async () => school?.stop());

  it('checks, applies, and puts the courses in the teacher’s week; the same file again plans nothing', async () => {
    const report = await check(csv);
    expect(report).toMatchObject({
      status: 'planned',
      hasErrors: false,
      summary: { create: 2, projects: 1 },
    });

    expect((await school.request('POST', `/api/imports/${report.jobId}/apply`)).status).toBe(202);
    const applied = await waitFor(report.jobId, ['applied', 'failed']);
    expect(applied).toMatchObject({ status: 'applied', error: null });

    const week = await school.request(
      'GET',
      `/api/agenda/person/${teacher.personId}?from=2026-11-23&to=2026-11-29`,
    );
    const monday = week.body.days.find((day: { date: string }) => day.date === '2026-11-23');
    expect(monday.items).toMatchObject([
      { title: expect.stringContaining('Mathématiques'), start: '08:00', end: '08:55' },
    ]);

    const again = await check(csv);
    expect(again.summary).toMatchObject({ create: 0, projects: 0, unchanged: 2 });
  });
});
