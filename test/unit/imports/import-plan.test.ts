import { describe, expect, it } from 'vitest';
import { applyPlanToState } from '#domain/imports/apply-plan-to-state';
import { writesOf } from '#domain/imports/import-plan';
import {
  emptySnapshot,
  type ImportedContact,
  type ImportedPerson,
  type ImportSnapshot,
} from '#domain/imports/import-snapshot';
import { planImport } from '#domain/imports/plan-import';
import type { DirectoryState } from '#domain/people/directory-state';

const at = { file: 'ElevesSansAdresses.xml' };
const options = { personIdOf: (sourceId: string) => `id-${sourceId}` };
const empty: DirectoryState = { people: [], classes: [], guardianships: [], teaching: [] };

const student = (id: string, overrides: Partial<ImportedPerson> = {}): ImportedPerson => ({
  sourceId: `siecle:eleve:${id}`,
  kind: 'student',
  firstName: `Élève${id}`,
  lastName: 'Lefèvre',
  birthDate: '2014-05-02',
  classCode: '6A',
  active: true,
  at,
  ...overrides,
});

const guardian = (id: string): ImportedPerson => ({
  sourceId: `siecle:personne:${id}`,
  kind: 'guardian',
  firstName: 'Marie',
  lastName: `Parent${id}`,
  email: `parent${id}@example.fr`,
  active: true,
  at,
});

const grandmother = (pupil: string): ImportedContact => ({
  sourceId: 'siecle:personne:7',
  studentSourceId: `siecle:eleve:${pupil}`,
  firstName: 'Odette',
  lastName: 'Lefèvre',
  relationship: '30',
  phones: [{ kind: 'personal', number: '02 98 00 00 07' }],
  at,
});

const siecle = (people: ImportedPerson[], links: [string, string][] = []): ImportSnapshot => ({
  ...emptySnapshot('siecle'),
  familiesFrom: 'siecle:',
  people,
  classes: [
    { code: '6A', label: '6A', kind: 'division', levelCode: '10010012110', at },
    { code: '6B', label: '6B', kind: 'division', at },
  ],
  levels: [{ code: '10010012110', label: '6EME' }],
  guardianships: links.map(([g, s]) => ({
    guardianSourceId: `siecle:personne:${g}`,
    studentSourceId: `siecle:eleve:${s}`,
    legal: true,
    at,
  })),
});

const importTwice = (snapshot: ImportSnapshot, state = empty) => {
  const first = planImport(snapshot, state, options);
  const after = applyPlanToState(state, first);
  return { first, after, second: planImport(snapshot, after, options) };
};

describe('planning an import', () => {
  it('creates people, classes and links from an empty directory', () => {
    const { first } = importTwice(
      siecle(
        [student('1'), student('2'), guardian('9')],
        [
          ['9', '1'],
          ['9', '2'],
        ],
      ),
    );
    expect(first.createPeople.map(({ firstName }) => firstName)).toEqual(['Élève1', 'Élève2', 'Marie']);
    expect(first.createPeople[0]).toMatchObject({
      classId: '6a',
      profiles: ['student'],
      sourceIds: ['siecle:eleve:1'],
    });
    expect(first.createClasses.map(({ classId, level }) => [classId, level])).toEqual([
      ['6a', '6EME'],
      ['6b', ''],
    ]);
    expect(first.addGuardianships).toHaveLength(2);
  });

  it('is idempotent: the same file again plans no write at all', () => {
    const { second } = importTwice(siecle([student('1'), guardian('9')], [['9', '1']]));
    expect(writesOf(second)).toBe(0);
    expect(second.unchanged).toBe(2);
  });

  it('updates only what changed, field by field', () => {
    const { after } = importTwice(siecle([student('1'), student('2')]));
    const moved = planImport(siecle([student('1', { classCode: '6B' }), student('2')]), after, options);
    expect(moved.updatePeople.map(({ after: person, fields }) => [person.firstName, fields])).toEqual([
      ['Élève1', ['classId']],
    ]);
    expect(moved.unchanged).toBe(1);
  });

  it('retires a student who left or who is no longer listed, and never deletes anyone', () => {
    const { after } = importTwice(siecle([student('1'), student('2'), student('3')]));
    const plan = planImport(siecle([student('1'), student('2', { active: false })]), after, options);
    expect(plan.retirePeople.map(({ after: person }) => [person.firstName, person.status])).toEqual([
      ['Élève2', 'retired'],
      ['Élève3', 'retired'],
    ]);
    expect(applyPlanToState(after, plan).people).toHaveLength(3);
  });

  it('retires nothing of a source the file does not cover, nor what was entered by hand', () => {
    const { after } = importTwice(siecle([student('1'), guardian('9')], [['9', '1']]));
    const byHand = {
      personId: 'manual',
      firstName: 'Ana',
      lastName: 'Costa',
      profiles: ['staff' as const],
      version: 1,
    };
    const responsablesOnly = planImport(
      siecle([guardian('9')], [['9', '1']]),
      { ...after, people: [...after.people, byHand] },
      options,
    );
    expect(responsablesOnly.retirePeople).toEqual([]);
  });

  it('keeps one person when another source brings the same pupil (same national id)', () => {
    const { after } = importTwice({ ...siecle([student('1', { nationalId: '123456789AB' })]) });
    const oneRoster: ImportSnapshot = {
      ...emptySnapshot('oneroster'),
      people: [
        student('x', { sourceId: 'oneroster:user:x', nationalId: '123456789AB', firstName: 'Élève1' }),
      ],
    };
    const plan = planImport(oneRoster, after, options);
    expect(plan.createPeople).toEqual([]);
    expect(plan.updatePeople[0]?.after.sourceIds).toEqual(['oneroster:user:x', 'siecle:eleve:1']);
  });

  it('unlinks a guardian the source no longer lists for a child, and keeps links made by hand', () => {
    const { after } = importTwice(
      siecle(
        [student('1'), guardian('8'), guardian('9')],
        [
          ['8', '1'],
          ['9', '1'],
        ],
      ),
    );
    const withHandLink = {
      ...after,
      guardianships: [...after.guardianships, { guardianId: 'manual', studentId: 'id-siecle:eleve:1' }],
    };
    const plan = planImport(
      siecle([student('1'), guardian('8'), guardian('9')], [['8', '1']]),
      withHandLink,
      options,
    );
    expect(plan.removeGuardianships).toEqual([
      { guardianId: 'id-siecle:personne:9', studentId: 'id-siecle:eleve:1' },
    ]);
  });

  it('unlinks a guardian the source no longer lists even when the pupil has no legal guardian left', () => {
    const { after } = importTwice(siecle([student('1'), guardian('8')], [['8', '1']]));
    const plan = planImport(siecle([student('1'), guardian('8')]), after, options);

    expect(plan.removeGuardianships).toEqual([
      { guardianId: 'id-siecle:personne:8', studentId: 'id-siecle:eleve:1' },
    ]);
    expect(applyPlanToState(after, plan).guardianships).toEqual([]);
  });

  it('unlinks the guardians of a pupil the source no longer lists at all', () => {
    const { after } = importTwice(
      siecle(
        [student('1'), student('2'), guardian('8')],
        [
          ['8', '1'],
          ['8', '2'],
        ],
      ),
    );
    const plan = planImport(siecle([student('2'), guardian('8')], [['8', '2']]), after, options);

    expect(plan.removeGuardianships).toEqual([
      { guardianId: 'id-siecle:personne:8', studentId: 'id-siecle:eleve:1' },
    ]);
  });

  it('keeps every link when the files give no family ties (the pupils’ file imported alone)', () => {
    const { after } = importTwice(siecle([student('1'), guardian('8')], [['8', '1']]));
    const { familiesFrom: _, ...elevesOnly } = siecle([student('1')]);
    const plan = planImport(elevesOnly, after, options);

    expect(plan.removeGuardianships).toEqual([]);
  });

  it('keeps a pupil’s other contacts on their record, and the same file again writes nothing', () => {
    const withContact: ImportSnapshot = {
      ...siecle([student('1'), guardian('8')], [['8', '1']]),
      contacts: [grandmother('1')],
    };
    const { first, after, second } = importTwice(withContact);

    expect(first.createPeople.map(({ sourceIds }) => sourceIds)).toEqual([
      ['siecle:eleve:1'],
      ['siecle:personne:8'],
    ]);
    expect(after.people.find(({ personId }) => personId === 'id-siecle:eleve:1')?.contacts).toEqual([
      {
        sourceId: 'siecle:personne:7',
        firstName: 'Odette',
        lastName: 'Lefèvre',
        relationship: '30',
        phones: [{ kind: 'personal', number: '02 98 00 00 07' }],
      },
    ]);
    expect(writesOf(second)).toBe(0);
  });

  it('gives each pupil their own contacts only, sorted, each once however often the file lists it', () => {
    const neighbour = (pupil: string): ImportedContact => ({
      ...grandmother(pupil),
      sourceId: 'siecle:personne:5',
      firstName: 'Jean',
      lastName: 'Voisin',
      relationship: '90',
    });
    const withContacts: ImportSnapshot = {
      ...siecle([student('1'), student('2'), student('3')]),
      contacts: [grandmother('2'), neighbour('1'), grandmother('1'), neighbour('1')],
    };
    const { after, second } = importTwice(withContacts);

    const contactsOf = (pupil: string) =>
      after.people
        .find(({ personId }) => personId === `id-siecle:eleve:${pupil}`)
        ?.contacts?.map(({ firstName }) => firstName);
    expect([contactsOf('1'), contactsOf('2'), contactsOf('3')]).toEqual([
      ['Jean', 'Odette'],
      ['Odette'],
      undefined,
    ]);
    expect(writesOf(second)).toBe(0);
  });

  it('retires a contact an older import made a guardian, with no child left', () => {
    // Before, RESP_LEGAL 0 people came in as guardians of no child.
    const { after } = importTwice(siecle([student('1'), guardian('8'), guardian('7')], [['8', '1']]));
    const plan = planImport(
      { ...siecle([student('1'), guardian('8')], [['8', '1']]), contacts: [grandmother('1')] },
      after,
      options,
    );

    expect(plan.retirePeople.map(({ after }) => after.personId)).toEqual(['id-siecle:personne:7']);
    expect(plan.updatePeople.map(({ after, fields }) => [after.personId, fields])).toEqual([
      ['id-siecle:eleve:1', ['contacts']],
    ]);
  });

  it('changes the contacts of pupils a guardians’ file imported alone does not list', () => {
    const { after } = importTwice({
      ...siecle([student('1'), guardian('8')], [['8', '1']]),
      contacts: [grandmother('1')],
    });
    const responsablesOnly = {
      ...siecle([guardian('8')], [['8', '1']]),
      classes: [],
      levels: [],
      contacts: [],
    };
    const plan = planImport(responsablesOnly, after, options);

    expect(plan.updatePeople.map(({ after, fields }) => [after.personId, after.contacts, fields])).toEqual([
      ['id-siecle:eleve:1', undefined, ['contacts']],
    ]);
    expect(writesOf(planImport(responsablesOnly, applyPlanToState(after, plan), options))).toBe(0);
  });

  it('warns of STSWEB classes named differently from the directory, and suggests the directory’s name', () => {
    const { after } = importTwice(siecle([student('1')]));
    const stsAt = { file: 'sts_emp_0750001A_2026.xml', element: 'DIVISION[CODE=6EME A]' };
    const sts: ImportSnapshot = {
      ...emptySnapshot('stsweb'),
      people: [
        {
          sourceId: 'sts:individu:42',
          kind: 'teacher',
          firstName: 'Paul',
          lastName: 'Roux',
          active: true,
          at: stsAt,
        },
      ],
      classes: [{ code: '6EME A', label: '6EME A', kind: 'division', at: stsAt }],
      teaching: [
        { teacherSourceId: 'sts:individu:42', classCode: '6EME A', subject: 'Mathématiques', at: stsAt },
      ],
    };
    const plan = planImport(sts, after, options);
    expect(plan.createClasses).toEqual([]);
    expect(plan.problems).toContainEqual({
      severity: 'warning',
      at: stsAt,
      field: 'class',
      reason: 'is 6EME A, which no other source names (the directory has 6a)',
    });
  });

  it('warns when a teacher is named differently than in the directory', () => {
    const stsAt = { file: 'sts.xml', element: 'INDIVIDU[ID=42]' };
    const teacher = (lastName: string): ImportSnapshot => ({
      ...emptySnapshot('stsweb'),
      people: [
        {
          sourceId: 'sts:individu:42',
          kind: 'teacher',
          firstName: 'Paul',
          lastName,
          active: true,
          at: stsAt,
        },
      ],
    });
    const { after } = importTwice(teacher('Roux'));
    const plan = planImport(teacher('Roux-Martin'), after, options);
    expect(plan.problems[0]).toMatchObject({ severity: 'warning', field: 'name' });
    expect(plan.updatePeople[0]?.fields).toEqual(['lastName']);
  });

  it('links only legal guardians: another contact gets no right to the child', () => {
    const snapshot = siecle([student('1'), guardian('8'), guardian('9')], [['8', '1']]);
    const withContact: ImportSnapshot = {
      ...snapshot,
      guardianships: [
        ...snapshot.guardianships,
        { guardianSourceId: 'siecle:personne:9', studentSourceId: 'siecle:eleve:1', legal: false, at },
      ],
    };
    const plan = planImport(withContact, empty, options);
    expect(plan.addGuardianships).toEqual([
      { guardianId: 'id-siecle:personne:8', studentId: 'id-siecle:eleve:1' },
    ]);
  });
});
