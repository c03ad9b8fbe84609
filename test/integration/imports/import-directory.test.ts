import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlanToState } from '#domain/imports/apply-plan-to-state';
import { writesOf } from '#domain/imports/import-plan';
import { emptySnapshot, type ImportedPerson, type ImportSnapshot } from '#domain/imports/import-snapshot';
import { parseOneRoster } from '#domain/imports/oneroster/parse-oneroster';
import { unzipBundle } from '#domain/imports/oneroster/unzip-bundle';
import { planImport } from '#domain/imports/plan-import';
import { readImportSnapshot } from '#domain/imports/read-import-snapshot';
import { findDuplicateGuardians } from '#domain/people/duplicate-guardians';
import { loadDirectoryState } from '#functions/imports/adapters/dynamo-directory-state';
import { writeImportPlan } from '#functions/imports/adapters/dynamo-import-writer';
import { dynamoDuplicates } from '#functions/people/adapters/dynamo-duplicates';
import { generateSiecle } from '../../fixtures/siecle/generate-siecle';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

const at = { file: 'ElevesAvecAdresses.xml' };
const options = { personIdOf: (sourceId: string) => `imported-${sourceId.replaceAll(':', '-')}` };

const person = (
  sourceId: string,
  kind: ImportedPerson['kind'],
  firstName: string,
  extra: Partial<ImportedPerson> = {},
) =>
  ({ sourceId, kind, firstName, lastName: 'Œuvrard', active: true, at, ...extra }) satisfies ImportedPerson;

const snapshot = (classCode: string): ImportSnapshot => ({
  ...emptySnapshot('siecle'),
  people: [
    person('siecle:eleve:1', 'student', 'Éloïse', { classCode, birthDate: '2014-03-01' }),
    person('siecle:eleve:2', 'student', 'Jean-Baptiste', { classCode: '5Z' }),
    person('siecle:personne:9', 'guardian', 'Hélène', { email: 'helene@example.fr' }),
  ],
  classes: [
    { code: '5Y', label: '5e Y', kind: 'division', at },
    { code: '5Z', label: '5e Z', kind: 'division', at },
  ],
  guardianships: ['1', '2'].map((id) => ({
    guardianSourceId: 'siecle:personne:9',
    studentSourceId: `siecle:eleve:${id}`,
    legal: true,
    at,
  })),
});

/**
 * An import into the demo directory of a school, through the table, then read back and searched through the API.
 * One school for the whole file: a process holds one school's environment.
 */
describe('importing into the directory', () => {
  let school: SchoolUnderTest;

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' }, { signedInAs: 'direction.demo' });
  });
  afterAll(async () => school?.stop());

  it('writes people, classes and links; the same file again writes nothing', async () => {
    const first = planImport(snapshot('5Y'), await loadDirectoryState(school.tableName), options);
    expect(first.createPeople).toHaveLength(3);
    await writeImportPlan(school.tableName, first);

    const again = planImport(snapshot('5Y'), await loadDirectoryState(school.tableName), options);
    expect(writesOf(again)).toBe(0);
    expect(again.unchanged).toBe(3);

    const students = await school.request('GET', '/api/classes/5y/students');
    expect(students.body.items.map(({ firstName }: { firstName: string }) => firstName)).toEqual(['Éloïse']);
    const guardian = await school.request('GET', `/api/people/${options.personIdOf('siecle:personne:9')}`);
    expect(guardian.body.children.map(({ firstName }: { firstName: string }) => firstName).sort()).toEqual([
      'Jean-Baptiste',
      'Éloïse',
    ]);
  });

  it('moves a student to another class: one person changed, the class lists follow', async () => {
    const plan = planImport(snapshot('5Z'), await loadDirectoryState(school.tableName), options);
    expect(plan.updatePeople.map(({ fields }) => fields)).toEqual([['classId']]);
    await writeImportPlan(school.tableName, plan);
    expect((await school.request('GET', '/api/classes/5y/students')).body.items).toEqual([]);
    expect((await school.request('GET', '/api/classes/5z/students')).body.items).toHaveLength(2);
  });

  it('retires a student the file no longer lists: off the class list, still readable with their history', async () => {
    const withoutSecond = {
      ...snapshot('5Z'),
      people: snapshot('5Z').people.filter(({ sourceId }) => sourceId !== 'siecle:eleve:2'),
    };
    const plan = planImport(withoutSecond, await loadDirectoryState(school.tableName), options);
    expect(plan.retirePeople.map(({ after }) => after.firstName)).toEqual(['Jean-Baptiste']);
    await writeImportPlan(school.tableName, plan);
    expect((await school.request('GET', '/api/classes/5z/students')).body.items).toHaveLength(1);
    const retired = await school.request('GET', `/api/people/${options.personIdOf('siecle:eleve:2')}`);
    expect(retired.body).toMatchObject({ firstName: 'Jean-Baptiste', status: 'retired' });
  });

  const names = (body: { items: { firstName: string; lastName: string }[] }) =>
    body.items.map(({ firstName, lastName }) => `${firstName} ${lastName}`);

  it('finds people by name whatever the accents, case and ligatures typed', async () => {
    const { body } = await school.request('GET', '/api/people?name=OEUVRARD');
    expect(names(body)).toEqual(['Éloïse Œuvrard', 'Hélène Œuvrard']);
    const narrowed = await school.request('GET', `/api/people?name=${encodeURIComponent('œuvrard hel')}`);
    expect(names(narrowed.body)).toEqual(['Hélène Œuvrard']);
  });

  it('narrows by kind and by class', async () => {
    const guardians = await school.request('GET', '/api/people?name=oeuvrard&kind=guardian');
    expect(names(guardians.body)).toEqual(['Hélène Œuvrard']);
    const inClass = await school.request('GET', '/api/people?classId=5z');
    expect(names(inClass.body)).toEqual(['Éloïse Œuvrard']);
    const teachers = await school.request('GET', '/api/people?kind=teacher');
    expect(teachers.body.items.length).toBeGreaterThan(0);
  });

  it('asks for a name before listing thousands of pupils', async () => {
    const everyone = await school.request('GET', '/api/people?kind=student');
    expect(everyone.status).toBe(400);
    expect(everyone.body.error).toMatchObject({ field: 'name' });
  });

  it('lists the two records of one parent and merges them, keeping both children', async () => {
    const at = { file: 'ResponsablesAvecAdresses.xml' };
    const twice: ImportSnapshot = {
      ...emptySnapshot('siecle'),
      people: [
        person('siecle:eleve:31', 'student', 'Lou', { classCode: '5Y' }),
        person('siecle:eleve:32', 'student', 'Noé', { classCode: '5Z' }),
        person('siecle:personne:41', 'guardian', 'Agathe', { email: 'agathe@example.fr' }),
        person('siecle:personne:42', 'guardian', 'AGATHE', {
          email: 'Agathe@example.fr',
          phone: '0611223344',
        }),
      ],
      guardianships: [
        { guardianSourceId: 'siecle:personne:41', studentSourceId: 'siecle:eleve:31', legal: true, at },
        { guardianSourceId: 'siecle:personne:42', studentSourceId: 'siecle:eleve:32', legal: true, at },
      ],
    };
    const state = await loadDirectoryState(school.tableName);
    const plan = planImport(twice, state, options);
    await writeImportPlan(school.tableName, plan);
    await dynamoDuplicates(school.tableName).replaceAll(
      findDuplicateGuardians(applyPlanToState(state, plan)),
    );

    const { body } = await school.request('GET', '/api/duplicate-guardians');
    const [group] = body.items;
    expect(group.shared).toEqual(['email']);
    expect(
      group.people
        .map(({ children }: { children: { firstName: string }[] }) => children[0]?.firstName)
        .sort(),
    ).toEqual(['Lou', 'Noé']);

    const [keepId, mergeId] = [
      options.personIdOf('siecle:personne:41'),
      options.personIdOf('siecle:personne:42'),
    ];
    const merged = await school.request('POST', '/api/duplicate-guardians/merge', {
      keepId,
      mergeIds: [mergeId],
    });
    expect(merged.status).toBe(200);
    expect(merged.body.children.map(({ firstName }: { firstName: string }) => firstName).sort()).toEqual([
      'Lou',
      'Noé',
    ]);
    expect(merged.body.phone).toBe('0611223344');
    expect((await school.request('GET', `/api/people/${mergeId}`)).body).toMatchObject({
      status: 'retired',
      mergedInto: keepId,
    });
    expect((await school.request('GET', '/api/duplicate-guardians')).body.items).toEqual([]);

    const reimported = planImport(twice, await loadDirectoryState(school.tableName), options);
    expect(reimported.createPeople).toEqual([]);
    expect(reimported.updatePeople.map(({ after }) => after.personId)).not.toContain(mergeId);
    expect([...reimported.addGuardianships, ...reimported.removeGuardianships]).toEqual([]);
  });

  it('exports the directory as OneRoster, and the bundle read into an empty school gives the same directory', async () => {
    const exported = await school.request('POST', '/api/exports/oneroster');
    expect(exported.status).toBe(201);
    const zip = new Uint8Array(await (await fetch(exported.body.url)).arrayBuffer());
    const snapshot = parseOneRoster(unzipBundle(zip), {});
    expect(snapshot.problems.filter(({ severity }) => severity === 'error')).toEqual([]);

    const emptySchool = { people: [], classes: [], guardianships: [], teaching: [] };
    const idOf = (sourceId: string) => sourceId.replace('oneroster:user:', '');
    const imported = applyPlanToState(emptySchool, planImport(snapshot, emptySchool, { personIdOf: idOf }));
    const original = await loadDirectoryState(school.tableName);

    const exportable = original.people.filter(
      (p) => !p.mergedInto && p.profiles.some((profile) => profile !== 'authority-admin'),
    );
    const kindOf = (p: { profiles: string[] }) =>
      ['student', 'teacher', 'guardian'].find((kind) => p.profiles.includes(kind)) ?? 'staff';
    const row = (p: (typeof original.people)[number]) =>
      [
        p.personId,
        p.firstName,
        p.lastName,
        kindOf(p),
        p.classId ?? '',
        p.status ?? 'active',
        p.email ?? '',
      ].join('|');
    expect(imported.people.map(row).sort()).toEqual(exportable.map(row).sort());
    const link = ({ guardianId, studentId }: { guardianId: string; studentId: string }) =>
      `${guardianId}>${studentId}`;
    expect(imported.guardianships.map(link).sort()).toEqual(
      original.guardianships
        .filter(({ guardianId }) => exportable.some((p) => p.personId === guardianId))
        .map(link)
        .sort(),
    );
    const taught = ({ teacherId, classId }: { teacherId: string; classId: string }) =>
      `${teacherId}>${classId}`;
    expect(imported.teaching.map(taught).sort()).toEqual(original.teaching.map(taught).sort());
    expect(imported.classes.map(({ classId }) => classId).sort()).toEqual(
      original.classes.map(({ classId }) => classId).sort(),
    );
  });

  it("shows a teacher's classes and a guardian's children on their sheets", async () => {
    const teacher = school.demoAccounts.find(({ profile }) => profile === 'teacher');
    const sheet = (await school.request('GET', `/api/people/${teacher?.personId}`)).body;
    expect(sheet.classes.length).toBeGreaterThan(0);
    expect(sheet.children.length).toBe(1);
  });

  it('adds a guest artist by hand, found among the guest artists', async () => {
    const added = await school.request('POST', '/api/people', {
      firstName: 'Nadia',
      lastName: 'Boulanger',
      kind: 'guest-artist',
      email: 'nadia@example.fr',
      organisation: 'Ensemble vocal',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      contactKind: 'guest-artist',
      profiles: [],
      organisation: 'Ensemble vocal',
    });
    const artists = await school.request('GET', '/api/people?kind=guest-artist');
    expect(artists.body.items.map(({ lastName }: { lastName: string }) => lastName)).toContain('Boulanger');
    const bad = await school.request('POST', '/api/people', {
      firstName: 'X',
      lastName: 'Y',
      kind: 'supplier',
      email: 'non',
    });
    expect(bad.body.error).toMatchObject({ field: 'email' });
    const pupil = await school.request('POST', '/api/people', {
      firstName: 'X',
      lastName: 'Y',
      kind: 'student',
    });
    expect(pupil.body.error).toMatchObject({ field: 'kind' });
  });

  it('finishes a job that died half-way when run again, without duplicates', async () => {
    const today = '2026-11-23';
    const files = generateSiecle({ students: 200, seed: 5, today });
    const snapshot = readImportSnapshot(
      'siecle',
      new Map([
        ['ElevesAvecAdresses.xml', files.eleves],
        ['ResponsablesAvecAdresses.xml', files.responsables],
      ]),
      today,
    );
    const full = planImport(snapshot, await loadDirectoryState(school.tableName), options);
    const halfWay = {
      ...full,
      createPeople: full.createPeople.slice(0, 150),
      addGuardianships: [],
      addTeaching: [],
    };
    await writeImportPlan(school.tableName, halfWay);

    const rerun = planImport(snapshot, await loadDirectoryState(school.tableName), options);
    expect(rerun.createPeople).toHaveLength(full.createPeople.length - 150);
    await writeImportPlan(school.tableName, rerun);

    const state = await loadDirectoryState(school.tableName);
    const holders = (sourceId: string) =>
      state.people.filter(({ sourceIds, mergedInto }) => !mergedInto && sourceIds?.includes(sourceId)).length;
    expect(snapshot.people.filter(({ sourceId }) => holders(sourceId) !== 1)).toEqual([]);
    expect(writesOf(planImport(snapshot, state, options))).toBe(0);
  });
});
