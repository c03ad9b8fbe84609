import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSiecle } from '../../fixtures/siecle/generate-siecle';
import { todayInParis } from '../../support/dates';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';
import { waitForJob } from '../../support/wait-for-job';

const today = todayInParis();
const UAI = '0291234X';
const [year = '', month = ''] = today.split('-');
/** A day of last school year, for exports of that year (their ANNEE_SCOLAIRE is one less). */
const lastYear = `${Number(year) - 1}-${month}-15`;

/** The generated exports with another establishment's UAJ in their PARAMETRES (ASCII, so byte for byte). */
const ofAnotherSchool = (bytes: Uint8Array) =>
  new Uint8Array(
    Buffer.from(
      Buffer.from(bytes).toString('latin1').replace(`<UAJ>${UAI}</UAJ>`, '<UAJ>0350999Z</UAJ>'),
      'latin1',
    ),
  );

/** Identities are checked before anything is written: the establishment, the year, the text, the whole file. */
describe('import identities, through the API', () => {
  let school: SchoolUnderTest;

  const studentsOf6a = async () => {
    const { status, body } = await school.request('GET', '/api/classes/6a/students');
    return status === 404 ? 0 : body.items.length;
  };

  const uploadAndCheck = async (contents: Record<string, Uint8Array>) => {
    const created = await school.request('POST', '/api/imports', {
      source: 'siecle',
      files: Object.keys(contents),
    });
    expect(created.status).toBe(201);
    for (const { file, url } of created.body.uploads) {
      const put = await fetch(url, { method: 'PUT', body: Buffer.from(contents[file] as Uint8Array) });
      expect(put.status).toBe(200);
    }
    expect((await school.request('POST', `/api/imports/${created.body.jobId}/dry-run`)).status).toBe(202);
    return waitForJob(school.request, created.body.jobId, ['planned', 'failed']);
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school', uai: UAI }, { signedInAs: 'direction.demo' });
  });
  afterAll(async () => school?.stop());

  it('refuses the export of another establishment, saying both UAIs, and writes nothing', async () => {
    const files = generateSiecle({ students: 30, seed: 21, today });

    const report = await uploadAndCheck({ 'ElevesAvecAdresses.xml': ofAnotherSchool(files.eleves) });

    expect(report.status).toBe('failed');
    expect(report.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'wrong_school',
        file: 'ElevesAvecAdresses.xml',
        values: { found: '0350999Z', expected: UAI },
      }),
    ]);
    expect((await school.request('POST', `/api/imports/${report.jobId}/apply`)).status).toBe(409);
    expect(await studentsOf6a()).toBe(0);
  });

  it('applies an export of another year only once the person who checked it confirms that year', async () => {
    const files = generateSiecle({ students: 30, seed: 22, today: lastYear });
    // SIECLE names a year by its September: last year's exports start a year before this one.
    const lastStart = (Number(month) >= 9 ? Number(year) : Number(year) - 1) - 1;
    const fileYear = `${lastStart}-${lastStart + 1}`;

    const report = await uploadAndCheck({ 'ElevesAvecAdresses.xml': files.eleves });

    expect(report).toMatchObject({ status: 'planned', yearToConfirm: fileYear, hasErrors: false });
    expect(report.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'wrong_year', field: 'ANNEE_SCOLAIRE' }),
    );
    const unconfirmed = await school.request('POST', `/api/imports/${report.jobId}/apply`);
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error).toMatchObject({ code: 'wrong_year' });
    const otherYear = await school.request('POST', `/api/imports/${report.jobId}/apply`, {
      confirmYear: `${lastStart - 1}-${lastStart}`,
    });
    expect(otherYear.status).toBe(409);
    expect(await studentsOf6a()).toBe(0);

    const confirmed = await school.request('POST', `/api/imports/${report.jobId}/apply`, {
      confirmYear: fileYear,
    });
    expect(confirmed.status).toBe(202);
    expect(await waitForJob(school.request, report.jobId, ['applied', 'failed'])).toMatchObject({
      status: 'applied',
      error: null,
    });
    expect(await studentsOf6a()).toBeGreaterThan(0);
  });

  it('refuses a file cut short with its real line and column in the report, and one in the wrong encoding', async () => {
    const { eleves } = generateSiecle({ students: 30, seed: 23, today });
    const cut = eleves.subarray(0, Math.floor(eleves.length / 2));
    const lines = Buffer.from(cut).toString('latin1').trimEnd().split('\n');

    const truncated = await uploadAndCheck({ 'ElevesAvecAdresses.xml': cut });

    expect(truncated.status).toBe('failed');
    expect(truncated.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'truncated_file',
        file: 'ElevesAvecAdresses.xml',
        line: lines.length,
        column: lines.at(-1)?.length,
      }),
    ]);
    expect(truncated.problemCount).toBe(1);

    const utf8 = new TextEncoder().encode(new TextDecoder('iso-8859-15').decode(eleves));
    const misread = await uploadAndCheck({ 'ElevesAvecAdresses.xml': utf8 });
    expect(misread.status).toBe('failed');
    expect(misread.problems).toEqual([
      expect.objectContaining({ code: 'wrong_encoding', line: expect.any(Number) }),
    ]);
  });

  it('reports each pupil without INE, and imports them all the same', async () => {
    const { eleves } = generateSiecle({ students: 30, seed: 24, today });
    const text = Buffer.from(eleves).toString('latin1');
    const withoutIne = text.replace(/<ID_NATIONAL>[^<]*<\/ID_NATIONAL>\n/, '<ID_NATIONAL></ID_NATIONAL>\n');

    const report = await uploadAndCheck({
      'ElevesAvecAdresses.xml': new Uint8Array(Buffer.from(withoutIne, 'latin1')),
    });

    expect(report.status).toBe('planned');
    const missing = report.problems.filter(({ code }: { code?: string }) => code === 'missing_ine');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'warning', field: 'ID_NATIONAL' });
  });
});
