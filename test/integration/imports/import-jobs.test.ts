import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSiecle } from '../../fixtures/siecle/generate-siecle';
import { conservatoireRegistrations } from '../../fixtures/spreadsheet/messy-csvs';
import { todayInParis } from '../../support/dates';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';
import { waitForJob } from '../../support/wait-for-job';

const today = todayInParis();
const siecle = generateSiecle({ students: 120, seed: 7, today });
const files = {
  'ElevesAvecAdresses.xml': siecle.eleves,
  'ResponsablesAvecAdresses.xml': siecle.responsables,
  'Nomenclature.xml': siecle.nomenclature,
};

/** The administrator's path: upload the SIECLE exports, read the dry run, apply, and import again. */
describe('import jobs, through the API', () => {
  let school: SchoolUnderTest;

  const waitFor = (jobId: string, statuses: string[]) => waitForJob(school.request, jobId, statuses);

  const uploadAndCheck = async (
    contents: Record<string, Uint8Array>,
    options: Record<string, unknown> = { source: 'siecle' },
  ) => {
    const created = await school.request('POST', '/api/imports', {
      ...options,
      files: Object.keys(contents),
    });
    expect(created.status).toBe(201);
    for (const { file, url } of created.body.uploads) {
      const put = await fetch(url, { method: 'PUT', body: Buffer.from(contents[file] as Uint8Array) });
      expect(put.status).toBe(200);
    }
    const dryRun = await school.request('POST', `/api/imports/${created.body.jobId}/dry-run`);
    expect(dryRun.status).toBe(202);
    return waitFor(created.body.jobId, ['planned', 'failed']);
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' }, { signedInAs: 'direction.demo' });
  });
  afterAll(async () => school?.stop());

  it('checks the files first: a report of what would change, and nothing written', async () => {
    const report = await uploadAndCheck(files);
    expect(report.status).toBe('planned');
    expect(report.summary.create).toBeGreaterThan(120);
    expect(report.summary.links).toBeGreaterThan(120);
    expect((await school.request('GET', '/api/classes/6a/students')).status).toBe(404);
  });

  it('applies the checked import, then the same files again change nothing', async () => {
    const report = await uploadAndCheck(files);
    const applying = await school.request('POST', `/api/imports/${report.jobId}/apply`);
    expect(applying.status).toBe(202);
    const applied = await waitFor(report.jobId, ['applied', 'failed']);
    expect(applied).toMatchObject({ status: 'applied', error: null });
    expect(applied.progress.done).toBe(applied.progress.total);
    const students = await school.request('GET', '/api/classes/6a/students');
    expect(students.body.items.length).toBeGreaterThan(0);

    const again = await uploadAndCheck(files);
    expect(again.summary).toMatchObject({ create: 0, update: 0, retire: 0, classes: 0, links: 0 });
    expect(again.summary.unchanged).toBe(applied.summary.create);
  }, 300_000);

  it('refuses a file it cannot read, whole, with a message naming it', async () => {
    const report = await uploadAndCheck({
      'ElevesAvecAdresses.xml': new TextEncoder().encode('ceci n’est pas du XML'),
    });
    expect(report.status).toBe('failed');
    expect(report.error).toContain('ElevesAvecAdresses.xml');
    const apply = await school.request('POST', `/api/imports/${report.jobId}/apply`);
    expect(apply.status).toBe(409);
  });

  it('refuses a job whose files were never uploaded, and bad input with the field named', async () => {
    const created = await school.request('POST', '/api/imports', { source: 'siecle', files: ['Eleves.xml'] });
    await school.request('POST', `/api/imports/${created.body.jobId}/dry-run`);
    const report = await waitFor(created.body.jobId, ['planned', 'failed']);
    expect(report.error).toBe('Eleves.xml was not uploaded: choose the files again');
    const twice = await school.request('POST', '/api/imports', {
      source: 'siecle',
      files: ['a.xml', 'a.xml'],
    });
    expect(twice.body.error).toMatchObject({ field: 'files.1', message: 'files.1: names a.xml twice' });
    const unknown = await school.request('POST', '/api/imports', { source: 'pronote', files: ['a.xml'] });
    expect(unknown.body.error).toMatchObject({ field: 'source' });
    const climbing = await school.request('POST', '/api/imports', { source: 'siecle', files: ['../x.xml'] });
    expect(climbing.body.error).toMatchObject({ field: 'files.0' });
  });

  it('is for school administrators only', async () => {
    const teacher = await school.as('prof.demo');
    expect((await teacher('POST', '/api/imports', { source: 'siecle', files: ['a.xml'] })).status).toBe(403);
  });

  it('reads a spreadsheet with the columns its headers tell, and keeps that mapping for the source', async () => {
    const options = { source: 'spreadsheet', sourceName: 'Inscriptions du conservatoire' };
    const report = await uploadAndCheck({ 'inscriptions.csv': conservatoireRegistrations }, options);
    expect(report).toMatchObject({ status: 'planned', error: null });
    expect(report.mapping).toMatchObject({ id: 'N° élève', firstName: 'Prénom', kind: { column: 'Type' } });
    expect(report.summary.create).toBeGreaterThan(2);
    await school.request('POST', `/api/imports/${report.jobId}/apply`);
    expect((await waitFor(report.jobId, ['applied', 'failed'])).status).toBe('applied');
    const found = await school.request('GET', '/api/people?name=lefevre');
    expect(found.body.items.map(({ firstName }: { firstName: string }) => firstName)).toContain('Éloïse');

    const noName = await school.request('POST', '/api/imports', { source: 'spreadsheet', files: ['x.csv'] });
    expect(noName.body.error).toMatchObject({ field: 'sourceName' });
  });

  it('prepares next year from its imports while this year stays current, then switches', async () => {
    const studentsOf6a = async () =>
      (await school.request('GET', '/api/classes/6a/students')).body.items.length;
    const before = await studentsOf6a();
    // Next year's exports say next year: ANNEE_SCOLAIRE is the year they fill, as the import checks.
    const [year = '', month = ''] = today.split('-');
    const nextYear = generateSiecle({ students: 60, seed: 8, today: `${Number(year) + 1}-${month}-15` });
    const report = await uploadAndCheck(
      { 'ElevesAvecAdresses.xml': nextYear.eleves, 'ResponsablesAvecAdresses.xml': nextYear.responsables },
      { source: 'siecle', target: 'next' },
    );
    await school.request('POST', `/api/imports/${report.jobId}/apply`);
    expect((await waitFor(report.jobId, ['applied', 'failed'])).status).toBe('applied');
    expect(await studentsOf6a()).toBe(before);
    const years = (await school.request('GET', '/api/school-years')).body;
    expect(years.next.imports).toMatchObject([{ jobId: report.jobId, source: 'siecle' }]);
    expect(years.next.schoolYear).not.toBe(years.current);

    expect((await school.request('POST', '/api/school-years/switch')).status).toBe(202);
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const { body } = await school.request('GET', '/api/school-years');
      if (!body.switching) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const switched = (await school.request('GET', '/api/school-years')).body;
    expect(switched).toMatchObject({ current: years.next.schoolYear, next: null, switching: false });
    const sixthFormers = new Set(
      (await school.request('GET', '/api/classes/6a/students')).body.items.map(
        ({ personId }: { personId: string }) => personId,
      ),
    );
    const recheck = await uploadAndCheck({ 'ElevesAvecAdresses.xml': nextYear.eleves });
    expect(recheck.summary).toMatchObject({ create: 0, update: 0, retire: 0 });
    expect(sixthFormers.size).toBeGreaterThan(0);
  }, 300_000);
});
