import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptySnapshot, type ImportedPerson, type ImportSnapshot } from '#domain/imports/import-snapshot';
import { planImport } from '#domain/imports/plan-import';
import { readImportSnapshot } from '#domain/imports/read-import-snapshot';
import type { Person } from '#domain/people/person';
import { loadDirectoryState } from '#functions/imports/adapters/dynamo-directory-state';
import { writeImportPlan } from '#functions/imports/adapters/dynamo-import-writer';
import { documentClient } from '#functions/lib/clients/dynamodb';
import { toPersonItem } from '#functions/people/adapters/person-item';
import { reindexDirectory } from '#functions/people/adapters/reindex-directory';
import { demoDirectory } from '#infra/local/seed/people/demo-people';
import { generateSiecle } from '../../fixtures/siecle/generate-siecle';
import { type SchoolUnderTest, startSchoolUnderTest } from '../../support/school-under-test';

const at = { file: 'ElevesAvecAdresses.xml' };
const options = { personIdOf: (sourceId: string) => `imported-${sourceId.replaceAll(':', '-')}` };

const pupil = (id: string, firstName: string, lastName: string, extra: Partial<ImportedPerson> = {}) =>
  ({
    sourceId: `siecle:eleve:${id}`,
    kind: 'student',
    firstName,
    lastName,
    active: true,
    classCode: '5Y',
    at,
    ...extra,
  }) satisfies ImportedPerson;

/** Pupils named like the demo's, and a choir and a Latin group held on their sheets. */
const snapshot = (people: ImportedPerson[]): ImportSnapshot => ({
  ...emptySnapshot('siecle'),
  people,
  classes: [
    { code: '5Y', label: '5e Y', kind: 'division', at },
    { code: 'CHORALE', label: 'Chorale', kind: 'group', at },
    { code: 'LATIN', label: 'Latin', kind: 'group', at },
  ],
  guardianships: [],
});

const pupils = [
  pupil('1', 'Chloé', 'Benali', { groupCodes: ['CHORALE', 'LATIN'] }),
  pupil('2', 'Chloé', 'Benalioui', { groupCodes: ['CHORALE'] }),
  pupil('3', 'Awa', "N'DIAYE", { groupCodes: ['LATIN'] }),
  pupil('4', 'Jean-Pierre', 'Lefèvre-Dubois', { groupCodes: ['CHORALE'] }),
  pupil('5', 'Benali', 'Chloé-Marie'),
];

interface Found {
  personId: string;
  firstName: string;
  lastName: string;
}
const names = (items: Found[]) => items.map(({ firstName, lastName }) => `${firstName} ${lastName}`);

/** What a reader expects a word typed to find, written apart from the code: the name's words, folded. */
const wordsOf = (name: string) => {
  const folded = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  return folded
    .split(/\s+/)
    .flatMap((word) => [word.replace(/['-]/g, ''), ...word.split(/['-]/)])
    .filter(Boolean);
};
/**
 * The directory search and the group rosters, on the demo school and pupils imported as SIECLE gives them.
 * One school for the whole file: a process holds one school's environment.
 */
describe('the directory answers what vie scolaire asks', () => {
  let school: SchoolUnderTest;
  let everyone: Pick<Person, 'firstName' | 'lastName'>[];
  let classIdOf: Map<string, string>;
  const commands: string[] = [];

  const search = async (name: string) => {
    const { status, body } = await school.request(
      'GET',
      `/api/people?limit=200&name=${encodeURIComponent(name)}`,
    );
    expect(status).toBe(200);
    return body.items as Found[];
  };

  /** Everyone the demo school and the import hold whose name has a word starting with each word typed. */
  const expectedFor = (typed: string) =>
    everyone
      .map(({ firstName, lastName }) => `${firstName} ${lastName}`)
      .filter((name) => typedWords(typed).every((word) => wordsOf(name).some((own) => own.startsWith(word))));
  const typedWords = (typed: string) =>
    typed
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .split(/\s+/)
      .map((word) => word.replace(/['-]/g, ''));

  beforeAll(async () => {
    school = await startSchoolUnderTest({ kind: 'school' }, { signedInAs: 'vie-scolaire.demo' });
    const plan = planImport(snapshot(pupils), await loadDirectoryState(school.tableName), options);
    await writeImportPlan(school.tableName, plan);
    classIdOf = new Map(plan.createClasses.map(({ code, classId }) => [code ?? '', classId]));
    everyone = [...demoDirectory(school.school).people, ...pupils];
    documentClient.middlewareStack.add(
      (next, context) => async (args) => {
        commands.push(String(context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'recordCommands' },
    );
  });
  afterAll(async () => school?.stop());

  it('finds « Chloé » as a first or a last name, everyone of them', async () => {
    const found = names(await search('Chloé'));
    expect(found).toEqual(expect.arrayContaining(['Chloé Benali', 'Chloé Benalioui', 'Benali Chloé-Marie']));
    expect([...found].sort()).toEqual(expectedFor('Chloé').sort());
  });

  it('finds « Chloé Benali » in any order and case, the full name first', async () => {
    for (const typed of ['Chloé Benali', 'benali chloe', 'BENALI Chloé']) {
      const found = names(await search(typed));
      expect([...found].sort()).toEqual(expectedFor(typed).sort());
      // Chloé Benali, then anyone else named so, before Benalioui and the Benali whose last name is Chloé-Marie.
      const exact = found.filter((name) => name === 'Chloé Benali' || name === 'Benali Chloé');
      expect(found.slice(0, exact.length)).toEqual(exact);
      expect(found).toContain('Chloé Benalioui');
    }
  });

  it("finds N'DIAYE typed « NDIAYE », « ndiaye » or « n'diaye », whole words before longer ones", async () => {
    for (const typed of ['NDIAYE', 'ndiaye', "n'diaye", 'Awa ndiaye']) {
      const found = names(await search(typed));
      expect(found).toContain("Awa N'DIAYE");
      expect([...found].sort()).toEqual(expectedFor(typed).sort());
    }
    expect(names(await search('awa ndiaye'))[0]).toBe("Awa N'DIAYE");
  });

  it('finds a hyphenated name by each part or whole, with or without the hyphen', async () => {
    for (const typed of [
      'Lefèvre-Dubois',
      'lefevredubois',
      'dubois',
      'jean pierre',
      'Jean-Pierre',
      'pierre lef',
    ]) {
      expect(names(await search(typed))).toContain('Jean-Pierre Lefèvre-Dubois');
    }
    expect(names(await search('Jean-Pierre Lefèvre-Dubois'))[0]).toBe('Jean-Pierre Lefèvre-Dubois');
  });

  it('reads keys only: a search runs queries and gets, never a scan', async () => {
    commands.length = 0;
    await search('chloe benali');
    await search('ndiaye');
    expect(commands.length).toBeGreaterThan(0);
    expect(commands).toContain('QueryCommand');
    expect(new Set(commands)).toEqual(
      new Set(
        commands.filter((command) =>
          ['QueryCommand', 'GetItemCommand', 'BatchGetItemCommand'].includes(command),
        ),
      ),
    );
  });

  it('keeps search to the staff side, and still asks for a word of 2 letters', async () => {
    const asGuardian = await school.as('parent.demo');
    expect((await asGuardian('GET', '/api/people?name=benali')).status).toBe(403);
    const tooShort = await school.request('GET', '/api/people?name=c%20b');
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error).toMatchObject({ field: 'name' });
  });

  it("lists a group's members like a division's, and follows the sheets when an import changes them", async () => {
    const roster = async (code: string) =>
      names((await school.request('GET', `/api/classes/${classIdOf.get(code)}/students`)).body.items);
    expect(await roster('CHORALE')).toEqual([
      'Chloé Benali',
      'Chloé Benalioui',
      'Jean-Pierre Lefèvre-Dubois',
    ]);
    expect(await roster('LATIN')).toEqual(['Chloé Benali', "Awa N'DIAYE"]);
    expect(await roster('5Y')).toEqual(
      expect.arrayContaining(pupils.map(({ firstName, lastName }) => `${firstName} ${lastName}`)),
    );

    // Chloé Benalioui leaves the choir and is renamed; Jean-Pierre leaves the school.
    const next = [
      ...pupils.filter(({ sourceId }) => !sourceId.endsWith(':2') && !sourceId.endsWith(':4')),
      pupil('2', 'Chloé', 'Bernard', { groupCodes: ['LATIN'] }),
    ];
    await writeImportPlan(
      school.tableName,
      planImport(snapshot(next), await loadDirectoryState(school.tableName), options),
    );
    expect(await roster('CHORALE')).toEqual(['Chloé Benali']);
    expect(await roster('LATIN')).toEqual(['Chloé Benali', 'Chloé Bernard', "Awa N'DIAYE"]);
    expect(names(await search('benalioui'))).toEqual([]);
    // The random demo directory may hold a Chloé Bernard of its own: the renamed pupil is found beside them.
    const demoNamesakes = demoDirectory(school.school).people.filter(
      ({ firstName, lastName }) => firstName === 'Chloé' && lastName === 'Bernard',
    );
    expect(names(await search('bernard chloe'))).toEqual(
      Array(demoNamesakes.length + 1).fill('Chloé Bernard'),
    );
    expect(names(await search('lefevre'))).not.toContain('Jean-Pierre Lefèvre-Dubois');
  });

  it('gives people written before these look-ups theirs when the directory is reindexed, once', async () => {
    const legacy: Person = {
      personId: 'legacy-1',
      firstName: 'Maëlys',
      lastName: "D'Alembert-Roux",
      profiles: ['student'],
      groupIds: [classIdOf.get('CHORALE') as string],
      version: 1,
    };
    await school.documents.send(new PutCommand({ TableName: school.tableName, Item: toPersonItem(legacy) }));
    expect(names(await search('alembert'))).toEqual([]);

    await reindexDirectory(school.tableName);
    expect(names(await search('alembert'))).toEqual(["Maëlys D'Alembert-Roux"]);
    expect(names(await search('dalembert maelys'))).toEqual(["Maëlys D'Alembert-Roux"]);
    const chorale = await school.request('GET', `/api/classes/${classIdOf.get('CHORALE')}/students`);
    expect(names(chorale.body.items)).toEqual(['Chloé Benali', "Maëlys D'Alembert-Roux"]);
  });

  it('lists the Latin and language groups of a SIECLE import with the pupils whose sheets hold them, not those who left', async () => {
    const today = '2026-11-23';
    const files = generateSiecle({ students: 120, seed: 11, today });
    const imported = readImportSnapshot(
      'siecle',
      new Map([
        ['ElevesAvecAdresses.xml', files.eleves],
        ['ResponsablesAvecAdresses.xml', files.responsables],
      ]),
      today,
    );
    const plan = planImport(imported, await loadDirectoryState(school.tableName), options);
    await writeImportPlan(school.tableName, plan);
    const groups = plan.createClasses.filter((schoolClass) => schoolClass.kind === 'group');
    expect(groups.some(({ code }) => code?.includes('LAT'))).toBe(true);
    for (const group of groups) {
      const members = plan.createPeople
        .filter(({ groupIds, status }) => status !== 'retired' && groupIds?.includes(group.classId))
        .map(({ firstName, lastName }) => `${firstName} ${lastName}`);
      const { body } = await school.request('GET', `/api/classes/${group.classId}/students`);
      expect([...names(body.items)].sort()).toEqual(members.sort());
      expect(members.length).toBeGreaterThan(0);
    }
  });
});
