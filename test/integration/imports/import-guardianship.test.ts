import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeLatin9, generateSiecle, siecleXml } from '../../fixtures/siecle/generate-siecle';
import { csvRows } from '../../support/csv';
import { todayInParis } from '../../support/dates';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';
import { waitForJob } from '../../support/wait-for-job';

const today = todayInParis();
const siecle = generateSiecle({ students: 6, seed: 13, today });
const elevesText = new TextDecoder('latin1').decode(siecle.eleves);
const parametres = /<PARAMETRES>[\s\S]*?<\/PARAMETRES>/.exec(elevesText)?.[0] ?? '';

/** Two pupils of the generated file who have not left, and the division of the first. */
const [pupilA, pupilB] = [...elevesText.matchAll(/<ELEVE ELEVE_ID="(\d+)"[^>]*>([\s\S]*?)<\/ELEVE>/g)]
  .filter(([, , body]) => !body?.includes('<DATE_SORTIE>'))
  .map(([, eleveId, body]) => ({
    eleveId: eleveId as string,
    firstName: /<PRENOM>(.*?)<\/PRENOM>/.exec(body ?? '')?.[1] as string,
  }));
const divisionOf = (eleveId: string) =>
  new RegExp(
    `<STRUCTURES_ELEVE ELEVE_ID="${eleveId}">\\s*<STRUCTURE>\\s*<CODE_STRUCTURE>(.*?)</CODE_STRUCTURE>`,
  ).exec(elevesText)?.[1] as string;

const personne = (id: string, nom: string, prenom: string, phones: string) =>
  `<PERSONNE PERSONNE_ID="${id}"><NOM_DE_FAMILLE>${nom}</NOM_DE_FAMILLE><PRENOM>${prenom}</PRENOM>${phones}</PERSONNE>`;
const lien = (eleveId: string, personneId: string, respLegal: string, codeParente: string) =>
  `<RESPONSABLE_ELEVE><ELEVE_ID>${eleveId}</ELEVE_ID><PERSONNE_ID>${personneId}</PERSONNE_ID><RESP_LEGAL>${respLegal}</RESP_LEGAL><CODE_PARENTE>${codeParente}</CODE_PARENTE></RESPONSABLE_ELEVE>`;
const responsables = (liens: string[]) =>
  encodeLatin9(
    siecleXml(
      'BEE_RESPONSABLES',
      parametres,
      `<DONNEES><PERSONNES>${[
        personne('7001', 'QUÉRÉ', 'Maëlle', '<TEL_PORTABLE>06 11 22 33 44</TEL_PORTABLE>'),
        personne('7002', 'QUÉRÉ', 'Yannick', '<TEL_PORTABLE>06 55 66 77 88</TEL_PORTABLE>'),
        personne(
          '7003',
          'LE GALL',
          'Anne-Marie',
          '<TEL_PERSONNEL>02 98 12 34 56</TEL_PERSONNEL><TEL_PORTABLE>06 98 76 54 32</TEL_PORTABLE>',
        ),
      ].join('')}</PERSONNES><RESPONSABLES>${liens.join('')}</RESPONSABLES></DONNEES>`,
    ),
  );

const A = pupilA?.eleveId as string;
const B = pupilB?.eleveId as string;
/** Both parents hold both children; the grandmother is a contact of A (RESP_LEGAL 0, CODE_PARENTE 30). */
const before = responsables([
  lien(A, '7001', '1', '10'),
  lien(A, '7002', '2', '20'),
  lien(B, '7001', '1', '10'),
  lien(B, '7002', '2', '20'),
  lien(A, '7003', '0', '30'),
]);
/** A is placed elsewhere: no legal guardian left in the file; the mother stays a contact of A. */
const after = responsables([
  lien(B, '7001', '1', '10'),
  lien(B, '7002', '2', '20'),
  lien(A, '7003', '0', '30'),
  lien(A, '7001', '0', '10'),
]);

/** SIECLE files like the real ones, imported through the API; the family's guardian signs in with her code. */
describe('guardianship follows the SIECLE files', () => {
  let school: SchoolUnderTest;
  let staff: SchoolUnderTest['request'];
  let mother: SchoolUnderTest['request'];
  let childIds: Record<string, string>;

  const importFiles = async (responsablesFile: Uint8Array) => {
    const contents: Record<string, Uint8Array> = {
      'ElevesAvecAdresses.xml': siecle.eleves,
      'ResponsablesAvecAdresses.xml': responsablesFile,
      'Nomenclature.xml': siecle.nomenclature,
    };
    const created = await school.request('POST', '/api/imports', {
      source: 'siecle',
      files: Object.keys(contents),
    });
    expect(created.status).toBe(201);
    for (const { file, url } of created.body.uploads) {
      const put = await fetch(url, { method: 'PUT', body: Buffer.from(contents[file] as Uint8Array) });
      expect(put.status).toBe(200);
    }
    const { jobId } = created.body;
    await school.request('POST', `/api/imports/${jobId}/dry-run`);
    const planned = await waitForJob(school.request, jobId, ['planned', 'failed']);
    expect(planned.status).toBe('planned');
    await school.request('POST', `/api/imports/${jobId}/apply`);
    return waitForJob(school.request, jobId, ['applied', 'failed']);
  };

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' }, { signedInAs: 'direction.demo' });
    staff = await school.as('vie-scolaire.demo');
    expect(await importFiles(before)).toMatchObject({ status: 'applied' });
    const batch = await school.request(
      'POST',
      '/api/activation-batches',
      { scope: 'class', classId: divisionOf(A).toLowerCase() },
      { origin: 'https://portail.college.example.fr' },
    );
    expect(batch).toMatchObject({ status: 201 });
    const [header = [], ...rows] = csvRows(await (await fetch(batch.body.csvUrl)).text());
    const column = (name: string) => header.indexOf(name);
    const names = rows.map((row) => `${row[column('Prénom')]} ${row[column('Nom')]}`);
    // The grandmother is no guardian: no account, no letter.
    expect(names).not.toContain('Anne-Marie LE GALL');
    const row = rows.find((cells) => cells[column('Prénom')] === 'Maëlle') as string[];
    const password = 'Ma-fille-en-5e-A!';
    const activated = await school.anonymous('POST', '/api/activation', {
      code: row[column("Code d'activation")],
      password,
    });
    expect(activated.status).toBe(200);
    const token = await school.signIn(row[column('Identifiant')] as string, password);
    mother = (method, path, body, headers = {}) =>
      school.anonymous(method, path, body, { authorization: `Bearer ${token}`, ...headers });
    const me = await mother('GET', '/api/me');
    childIds = Object.fromEntries(
      me.body.children.map(({ firstName, personId }: { firstName: string; personId: string }) => [
        firstName,
        personId,
      ]),
    );
  });
  afterAll(async () => school?.stop());

  it('gives the legal guardians their children, and the grandmother none', async () => {
    expect(Object.keys(childIds).sort()).toEqual([pupilA?.firstName, pupilB?.firstName].sort());
    const sheet = await mother('GET', `/api/people/${childIds[pupilA?.firstName as string]}`);
    expect(sheet.status).toBe(200);
    const found = await school.request('GET', `/api/people?name=${encodeURIComponent('Anne-Marie Le Gall')}`);
    expect(found.body.items).toEqual([]);
  });

  it('shows the pupil’s contacts to the staff, with their tie and phones, and not to the guardian', async () => {
    const childA = childIds[pupilA?.firstName as string];
    const forStaff = await staff('GET', `/api/people/${childA}`);
    expect(forStaff.body.contacts).toEqual([
      {
        sourceId: 'siecle:personne:7003',
        firstName: 'Anne-Marie',
        lastName: 'LE GALL',
        relationship: '30',
        phones: [
          { kind: 'mobile', number: '06 98 76 54 32' },
          { kind: 'personal', number: '02 98 12 34 56' },
        ],
      },
    ]);
    expect((await mother('GET', `/api/people/${childA}`)).body).not.toHaveProperty('contacts');
  });

  it('takes the child away from a guardian the file no longer holds, at once, and keeps her other child', async () => {
    const childA = childIds[pupilA?.firstName as string];
    const childB = childIds[pupilB?.firstName as string];
    expect(await importFiles(after)).toMatchObject({ status: 'applied' });

    expect((await mother('GET', `/api/people/${childA}`)).status).toBe(404);
    expect((await mother('GET', `/api/people/${childB}`)).status).toBe(200);
    const me = await mother('GET', '/api/me');
    expect(me.body.children.map(({ personId }: { personId: string }) => personId)).toEqual([childB]);
    const sheetA = await staff('GET', `/api/people/${childA}`);
    expect(sheetA.body.guardians ?? []).toEqual([]);
    expect(
      sheetA.body.contacts.map(({ firstName, relationship }: Record<string, string>) => [
        firstName,
        relationship,
      ]),
    ).toEqual([
      ['Maëlle', '10'],
      ['Anne-Marie', '30'],
    ]);
  });

  it('writes nothing when the same files are imported again', async () => {
    const again = await importFiles(after);
    expect(again.summary).toMatchObject({ create: 0, update: 0, retire: 0, classes: 0, links: 0 });
  });
});
