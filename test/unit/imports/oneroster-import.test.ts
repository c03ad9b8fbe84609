import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyPlanToState } from '#domain/imports/apply-plan-to-state';
import type { ImportSnapshot } from '#domain/imports/import-snapshot';
import { UnreadableFileError } from '#domain/imports/import-snapshot';
import type { OneRosterExportInput } from '#domain/imports/oneroster/export-input';
import { exportOneRoster } from '#domain/imports/oneroster/export-oneroster';
import { parseOneRoster } from '#domain/imports/oneroster/parse-oneroster';
import { unzipBundle } from '#domain/imports/oneroster/unzip-bundle';
import { zipBundle } from '#domain/imports/oneroster/zip-bundle';
import { planImport } from '#domain/imports/plan-import';
import type { DirectoryState } from '#domain/people/directory-state';
import { ValidationError } from '#domain/shared/errors';
import { fileText, generateOneRosterBundle, withFile } from '../../fixtures/oneroster/generate-oneroster';

const user = (id: string) => `oneroster:user:${id}`;

const personOf = (snapshot: ImportSnapshot, id: string) =>
  snapshot.people.find(({ sourceId }) => sourceId === user(id));

const pairsOf = (snapshot: ImportSnapshot) =>
  snapshot.guardianships.map(
    ({ guardianSourceId, studentSourceId }) => `${guardianSourceId} → ${studentSourceId}`,
  );

const withoutAt = <T extends { at: unknown }>({ at: _at, ...rest }: T) => rest;

const errorsOf = (snapshot: ImportSnapshot) =>
  snapshot.problems.filter(({ severity }) => severity === 'error');

const unreadable = (read: () => unknown): UnreadableFileError => {
  try {
    read();
  } catch (error) {
    if (error instanceof UnreadableFileError) return error;
    throw error;
  }
  throw new Error('the bundle was read');
};

/** The 1.2 bundle with one more line in a file. */
const withLine = (name: string, line: string) =>
  withFile(generateOneRosterBundle(), name, `${fileText(generateOneRosterBundle(), name)}${line}\n`);

describe('a OneRoster 1.2 bundle', () => {
  const snapshot = parseOneRoster(generateOneRosterBundle(), { today: '2026-10-01' });

  it('reads every user as a person, with no problem', () => {
    expect(snapshot.source).toBe('oneroster');
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.people).toHaveLength(19);
  });

  it('reads a student: names, e-mail, badge, INE, grade, birth date, division and groups', () => {
    expect(personOf(snapshot, 'stu-1')).toEqual({
      sourceId: user('stu-1'),
      kind: 'student',
      firstName: 'Léa',
      lastName: 'Martin',
      email: 'lea.martin@eleves.example.fr',
      badgeNumber: 'B1001',
      nationalId: '123456789AB',
      levelCode: '06',
      birthDate: '2014-02-11',
      classCode: '6A',
      groupCodes: ['6-ANG1'],
      active: true,
      at: { file: 'users.csv', line: 2 },
    });
    expect(personOf(snapshot, 'stu-3')?.groupCodes).toEqual(['cls-lat']);
  });

  it('takes the kind from the roles: the primary role first, every school role that is not teaching as staff', () => {
    const kinds = Object.fromEntries(
      ['par-1', 'par-1b', 'par-4', 'tea-1', 'tea-3', 'adm-1', 'adm-2'].map((id) => [
        id,
        personOf(snapshot, id)?.kind,
      ]),
    );
    expect(kinds).toEqual({
      'par-1': 'guardian',
      'par-1b': 'guardian',
      'par-4': 'guardian',
      'tea-1': 'teacher',
      'tea-3': 'teacher',
      'adm-1': 'staff',
      'adm-2': 'staff',
    });
  });

  it('reads a disabled user as inactive, and quoted names as written', () => {
    expect(personOf(snapshot, 'stu-8')?.active).toBe(false);
    expect(personOf(snapshot, 'adm-2')?.lastName).toBe('Roux, dit "Paulo"');
    expect(personOf(snapshot, 'par-1')?.phone).toBe('06 12 34 56 01');
  });

  it('reads a user the source is deleting as inactive', () => {
    const users = fileText(generateOneRosterBundle(), 'users.csv').replace(
      'stu-7,,,true',
      'stu-7,tobedeleted,2026-06-30T12:00:00Z,true',
    );
    const bundle = withFile(generateOneRosterBundle(), 'users.csv', users);
    expect(personOf(parseOneRoster(bundle), 'stu-7')?.active).toBe(false);
  });

  it('reads homerooms as divisions and scheduled classes as groups, coded by classCode or sourcedId', () => {
    const sourceId = (id: string) => `oneroster:class:${id}`;
    expect(snapshot.classes.map(withoutAt)).toEqual([
      { code: '6A', sourceId: sourceId('cls-6a'), label: '6e A', kind: 'division', levelCode: '06' },
      { code: '6B', sourceId: sourceId('cls-6b'), label: '6e B', kind: 'division', levelCode: '06' },
      {
        code: '6-ANG1',
        sourceId: sourceId('cls-ang'),
        label: 'Anglais 6e groupe 1',
        kind: 'group',
        levelCode: '06',
      },
      { code: 'cls-lat', sourceId: sourceId('cls-lat'), label: 'Latin 6e', kind: 'group', levelCode: '06' },
    ]);
    expect(snapshot.levels).toEqual([{ code: '06', label: '06' }]);
  });

  it('links families from agents, once per pair, a teacher who is a mother included', () => {
    expect(pairsOf(snapshot).sort()).toEqual(
      [
        'par-1 → stu-1',
        'par-1b → stu-1',
        'par-2 → stu-2',
        'par-2 → stu-3',
        'par-4 → stu-4',
        'tea-3 → stu-5',
        'par-6 → stu-6',
        'par-7 → stu-7',
      ]
        .map((pair) => pair.replace(/([\w-]+) → ([\w-]+)/, `${user('$1')} → ${user('$2')}`))
        .sort(),
    );
    const relationships = snapshot.guardianships.map(({ relationship }) => relationship);
    expect(new Set(relationships)).toEqual(new Set(['parent', 'relative', 'guardian']));
    expect(snapshot.guardianships.every(({ legal }) => legal)).toBe(true);
  });

  it('reads teaching from teacher enrollments, the subject from a scheduled class course', () => {
    expect(snapshot.teaching.map(withoutAt)).toEqual([
      { teacherSourceId: user('tea-1'), classCode: '6A' },
      { teacherSourceId: user('tea-1'), classCode: '6B' },
      { teacherSourceId: user('tea-2'), classCode: '6-ANG1', subject: 'Anglais LV1' },
      { teacherSourceId: user('tea-3'), classCode: 'cls-lat', subject: 'Latin' },
    ]);
  });

  it('takes the school year session that contains today, or the latest one', () => {
    expect(snapshot.schoolYear).toBe('2026-2027');
    expect(parseOneRoster(generateOneRosterBundle(), { today: '2026-03-01' }).schoolYear).toBe('2025-2026');
    expect(parseOneRoster(generateOneRosterBundle()).schoolYear).toBe('2026-2027');
  });
});

describe('a OneRoster 1.1 bundle (role and orgSourcedIds in users.csv)', () => {
  const snapshot = parseOneRoster(generateOneRosterBundle('1.1'), { today: '2026-10-01' });
  const snapshot12 = parseOneRoster(generateOneRosterBundle('1.2'), { today: '2026-10-01' });

  it('reads the same school as the 1.2 bundle, but for a teacher’s family link: one role cannot say parent too', () => {
    expect(snapshot.problems.map(({ at, reason }) => `${at.line}: ${reason}`)).toEqual([
      '6: "tea-3" is not a family link: one of the two users must be a student, the other a parent, guardian or relative',
      '18: "stu-5" is not a family link: one of the two users must be a student, the other a parent, guardian or relative',
    ]);
    expect(snapshot.people.map(({ nationalId: _nationalId, ...person }) => person)).toEqual(
      snapshot12.people.map(({ nationalId: _nationalId, ...person }) => person),
    );
    expect(snapshot.classes).toEqual(snapshot12.classes);
    expect(pairsOf(snapshot)).toEqual(
      pairsOf(snapshot12).filter((pair) => pair !== `${user('tea-3')} → ${user('stu-5')}`),
    );
    expect(snapshot.teaching).toEqual(snapshot12.teaching);
  });
});

describe('a zipped OneRoster bundle', () => {
  it('reads the zip Préau writes', () => {
    const files = unzipBundle(zipBundle(generateOneRosterBundle()));
    expect(parseOneRoster(files).people).toHaveLength(19);
  });

  it('finds the bundle in a sub-folder of the zip, past the files macOS adds', () => {
    const entries = Object.fromEntries(
      [...generateOneRosterBundle()].map(([name, bytes]) => [`export-2026/${name}`, bytes]),
    );
    const zip = zipSync({ ...entries, '__MACOSX/export-2026/._users.csv': new Uint8Array([0, 5, 22, 7]) });
    expect(parseOneRoster(unzipBundle(zip)).people).toHaveLength(19);
  });

  it('refuses a file that is not a zip', () => {
    expect(unreadable(() => unzipBundle(new TextEncoder().encode('users'), 'export.zip')).file).toBe(
      'export.zip',
    );
  });
});

describe('a OneRoster bundle that cannot be read', () => {
  it('needs its manifest and its users', () => {
    const bundle = generateOneRosterBundle();
    const withoutManifest = new Map([...bundle].filter(([name]) => name !== 'manifest.csv'));
    const withoutUsers = new Map([...bundle].filter(([name]) => name !== 'users.csv'));
    expect(unreadable(() => parseOneRoster(withoutManifest)).file).toBe('manifest.csv');
    expect(unreadable(() => parseOneRoster(withoutUsers)).file).toBe('users.csv');
  });

  it('needs the files the manifest lists', () => {
    const withoutClasses = new Map([...generateOneRosterBundle()].filter(([name]) => name !== 'classes.csv'));
    expect(unreadable(() => parseOneRoster(withoutClasses)).message).toMatch(/classes\.csv: .*bulk/);
  });

  it('names a missing required column', () => {
    const users = fileText(generateOneRosterBundle(), 'users.csv').replace('givenName', 'firstName');
    const error = unreadable(() => parseOneRoster(withFile(generateOneRosterBundle(), 'users.csv', users)));
    expect(error.file).toBe('users.csv');
    expect(error.reason).toContain('"givenName"');
  });

  it('needs roles.csv or a role column', () => {
    const manifest = fileText(generateOneRosterBundle(), 'manifest.csv').replace(
      'file.roles,bulk',
      'file.roles,absent',
    );
    const error = unreadable(() =>
      parseOneRoster(withFile(generateOneRosterBundle(), 'manifest.csv', manifest)),
    );
    expect(error.message).toMatch(/users\.csv: has no "role" column/);
  });

  it('names the line of a quote that never closes', () => {
    const error = unreadable(() => parseOneRoster(withLine('users.csv', 'x-1,,,true,x-1,,"Ana,Lopez')));
    expect(error.message).toMatch(/^users\.csv: line 21: a quoted field is never closed/);
  });
});

describe('problems in a OneRoster bundle', () => {
  it('reports a user without sourcedId or names, and a sourcedId used twice, with file, line and field', () => {
    const users = [
      ',,,true,nobody,,Anne,Nobody',
      'x-1,,,true,x-1,,,Sansprénom',
      'stu-2,,,true,stu-2,,Hugo,Bis',
    ];
    const bundle = withFile(
      generateOneRosterBundle(),
      'users.csv',
      `${fileText(generateOneRosterBundle(), 'users.csv')}${users.join('\n')}\n`,
    );
    expect(errorsOf(parseOneRoster(bundle))).toEqual([
      { severity: 'error', at: { file: 'users.csv', line: 21 }, field: 'sourcedId', reason: 'is missing' },
      {
        severity: 'error',
        at: { file: 'users.csv', line: 23 },
        field: 'sourcedId',
        reason: 'is also on line 3',
      },
      { severity: 'error', at: { file: 'users.csv', line: 22 }, field: 'givenName', reason: 'is missing' },
      { severity: 'error', at: { file: 'users.csv', line: 22 }, field: 'role', reason: 'is missing' },
    ]);
  });

  it('reports enrollments of unknown users and classes', () => {
    const bundle = withLine('enrollments.csv', 'enr-x,,,cls-9z,org-0751234a,stu-99,student,false,,');
    expect(errorsOf(parseOneRoster(bundle))).toEqual([
      {
        severity: 'error',
        at: { file: 'enrollments.csv', line: 20 },
        field: 'userSourcedId',
        reason: '"stu-99" is not a user of users.csv',
      },
      {
        severity: 'error',
        at: { file: 'enrollments.csv', line: 20 },
        field: 'classSourcedId',
        reason: '"cls-9z" is not a class of classes.csv',
      },
    ]);
  });

  it('reports two classes with the same code', () => {
    const bundle = withLine(
      'classes.csv',
      'cls-6a-bis,,,6e A (bis),06,crs-6,6A,homeroom,,org-0751234a,sy-2027,,,',
    );
    expect(errorsOf(parseOneRoster(bundle))).toEqual([
      {
        severity: 'error',
        at: { file: 'classes.csv', line: 6 },
        field: 'classCode',
        reason: '"6A" is also the code of line 2',
      },
    ]);
  });

  it('reports an agent that is not a user, and a role outside the vocabulary', () => {
    const users = fileText(generateOneRosterBundle(), 'users.csv').replace('par-6,', 'par-66,');
    const roles = fileText(generateOneRosterBundle(), 'roles.csv').replace(',aide,', ',ext:coach,');
    const bundle = withFile(withFile(generateOneRosterBundle(), 'users.csv', users), 'roles.csv', roles);
    expect(errorsOf(parseOneRoster(bundle)).map(({ at, field, reason }) => [at.file, field, reason])).toEqual(
      [
        ['roles.csv', 'role', '"ext:coach" is not a role Préau knows'],
        ['users.csv', 'agentSourcedIds', '"par-66" is not a user of users.csv'],
      ],
    );
  });
});

/** users.csv with every agentSourcedIds cell emptied: a later export of a source that no longer sends families. */
const withoutAgents = (users: string) => {
  const lines = users.split('\n');
  const column = lines[0]?.split(',').indexOf('agentSourcedIds') ?? -1;
  const cellsOf = (line: string) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (const char of line) {
      if (char === '"') quoted = !quoted;
      if (char === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += char;
    }
    return [...cells, cell];
  };
  return lines
    .map((line, index) =>
      index === 0 || line === ''
        ? line
        : cellsOf(line)
            .map((cell, at) => (at === column ? '' : cell))
            .join(','),
    )
    .join('\n');
};

describe('guardianship from OneRoster agents', () => {
  const options = { personIdOf: (sourceId: string) => `id-${sourceId}` };
  const empty: DirectoryState = { people: [], classes: [], guardianships: [], teaching: [] };
  const withUsers = (edit: (users: string) => string) =>
    withFile(generateOneRosterBundle(), 'users.csv', edit(fileText(generateOneRosterBundle(), 'users.csv')));

  it('makes no guardian of a teacher listed among a pupil’s agents, and says so', () => {
    // Hugo's agents name his parent and, by mistake of the source, his teacher Claire Moreau (teacher only).
    const snapshot = parseOneRoster(withUsers((users) => users.replace(',par-2,06,', ',"par-2,tea-1",06,')));

    expect(pairsOf(snapshot)).toContain(`${user('par-2')} → ${user('stu-2')}`);
    expect(pairsOf(snapshot)).not.toContain(`${user('tea-1')} → ${user('stu-2')}`);
    expect(snapshot.problems).toContainEqual({
      severity: 'warning',
      at: { file: 'users.csv', line: 3 },
      field: 'agentSourcedIds',
      reason:
        '"tea-1" is not a family link: one of the two users must be a student, the other a parent, guardian or relative',
    });
    expect(personOf(snapshot, 'tea-1')?.kind).toBe('teacher');
  });

  it('removes the links of an earlier bundle when a later one lists no agents, and gives none back', () => {
    const first = planImport(parseOneRoster(generateOneRosterBundle()), empty, options);
    const state = applyPlanToState(empty, first);
    expect(state.guardianships).toHaveLength(8);

    const noAgents = withUsers((users) => withoutAgents(users));
    const later = parseOneRoster(noAgents);
    expect(later.guardianships).toEqual([]);
    const plan = planImport(later, state, options);

    expect(plan.removeGuardianships).toHaveLength(8);
    expect(applyPlanToState(state, plan).guardianships).toEqual([]);
    expect(planImport(later, applyPlanToState(state, plan), options).removeGuardianships).toEqual([]);
  });

  it('makes a teacher who also holds a parent role a guardian of their child, besides a teacher', () => {
    const plan = planImport(parseOneRoster(generateOneRosterBundle()), empty, options);
    const teacherMother = plan.createPeople.find(({ sourceIds }) => sourceIds?.includes(user('tea-3')));

    expect(teacherMother?.profiles).toEqual(['teacher', 'guardian']);
    expect(plan.addGuardianships).toContainEqual({
      guardianId: `id-${user('tea-3')}`,
      studentId: `id-${user('stu-5')}`,
    });
    const teacher = plan.createPeople.find(({ sourceIds }) => sourceIds?.includes(user('tea-1')));
    expect(teacher?.profiles).toEqual(['teacher']);
  });

  it('keeps the links when the bundle has no agentSourcedIds column at all', () => {
    const state = applyPlanToState(
      empty,
      planImport(parseOneRoster(generateOneRosterBundle()), empty, options),
    );
    const withoutColumn = withUsers((users) => users.replace('agentSourcedIds', 'agentsNotExported'));

    expect(planImport(parseOneRoster(withoutColumn), state, options).removeGuardianships).toEqual([]);
  });
});

const directory: OneRosterExportInput = {
  school: { name: 'Collège Jean-Jaurès', uai: '0930001A' },
  schoolYear: '2026-2027',
  people: [
    {
      id: 'p-1',
      kind: 'student',
      firstName: 'Zoé',
      lastName: 'Le Gall, "Ker"',
      email: 'zoe@example.fr',
      birthDate: '2013-11-30',
      classCode: '5A',
      groupCodes: ['5A-ESP'],
      levelCode: '5E',
      badgeNumber: '00417',
      active: true,
    },
    { id: 'p-2', kind: 'student', firstName: 'Adam', lastName: 'Haddad', classCode: '5A', active: true },
    {
      id: 'p-3',
      kind: 'student',
      firstName: 'Lou',
      lastName: 'Haddad',
      classCode: '5B',
      levelCode: '5E',
      active: false,
    },
    {
      id: 'p-4',
      kind: 'guardian',
      firstName: 'Samira',
      lastName: 'Haddad',
      phone: '06 01 02 03 04',
      active: true,
    },
    {
      id: 'p-5',
      kind: 'teacher',
      firstName: 'Jean',
      lastName: 'Valjean',
      email: 'jv@example.fr',
      active: true,
    },
    { id: 'p-6', kind: 'teacher', firstName: 'Cosette', lastName: 'Fauchelevent', active: true },
    { id: 'p-7', kind: 'staff', firstName: 'Javert', lastName: 'Inspecteur', active: true },
  ],
  classes: [
    { code: '5A', label: '5e A', kind: 'division', levelCode: '5E' },
    { code: '5B', label: '5e B', kind: 'division' },
    { code: '5A-ESP', label: 'Espagnol 5e A', kind: 'group' },
  ],
  guardianships: [
    { guardianId: 'p-4', studentId: 'p-2' },
    { guardianId: 'p-4', studentId: 'p-3' },
    { guardianId: 'p-6', studentId: 'p-1' },
  ],
  teaching: [
    { teacherId: 'p-5', classCode: '5A', subject: 'Mathématiques' },
    { teacherId: 'p-6', classCode: '5A', subject: 'Histoire, géographie' },
    { teacherId: 'p-5', classCode: '5A-ESP', subject: 'Espagnol' },
    { teacherId: 'p-6', classCode: '5B' },
  ],
};

describe('a OneRoster export', () => {
  const files = exportOneRoster(directory);

  it('writes a 1.2 bulk bundle: manifest, orgs, users, roles, classes, courses, enrollments, sessions, demographics', () => {
    expect([...files.keys()].sort()).toEqual(
      [
        'academicSessions.csv',
        'classes.csv',
        'courses.csv',
        'demographics.csv',
        'enrollments.csv',
        'manifest.csv',
        'orgs.csv',
        'roles.csv',
        'users.csv',
      ].sort(),
    );
    const manifest = fileText(files, 'manifest.csv');
    expect(manifest).toContain('oneroster.version,1.2\r\n');
    expect(manifest).toContain('file.users,bulk\r\n');
    expect(manifest).toContain('file.results,absent\r\n');
    expect(fileText(files, 'orgs.csv')).toContain('0930001A,,,Collège Jean-Jaurès,school,0930001A,\r\n');
  });

  it('writes RFC 4180 CSV in UTF-8, quoted when needed, with YYYY-MM-DD dates', () => {
    const users = fileText(files, 'users.csv');
    expect(files.get('users.csv')?.[0]).toBe('s'.charCodeAt(0));
    expect(users.split('\r\n')[0]).toBe(
      'sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,' +
        'email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,' +
        'preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns,metadata.preau.level',
    );
    expect(users).toContain('p-1,,,true,p-1,,Zoé,"Le Gall, ""Ker""",,00417,zoe@example.fr,,,p-6,07,');
    expect(users).toContain('p-4,,,true,p-4,,Samira,Haddad,,,,,06 01 02 03 04,"p-2,p-3",,');
    expect(fileText(files, 'demographics.csv')).toContain('p-1,,,2013-11-30,');
    expect(fileText(files, 'academicSessions.csv')).toContain(
      'year.2026-2027,,,2026-2027,schoolYear,2026-09-01,2027-08-31,,2027\r\n',
    );
  });

  it('refuses links to classes or people the input does not have', () => {
    const strayStudent = { ...directory, classes: directory.classes.slice(1) };
    const strayTeacher = { ...directory, teaching: [{ teacherId: 'p-99', classCode: '5A' }] };
    expect(() => exportOneRoster(strayStudent)).toThrow(ValidationError);
    expect(() => exportOneRoster(strayTeacher)).toThrow(ValidationError);
    expect(() => exportOneRoster({ ...directory, schoolYear: '2026' })).toThrow(ValidationError);
  });

  it('reads back as the same people, classes, links and teaching (round trip, through a zip)', () => {
    const snapshot = parseOneRoster(unzipBundle(zipBundle(files)));

    expect(snapshot.problems).toEqual([]);
    expect(snapshot.schoolYear).toBe('2026-2027');
    expect(snapshot.people.map(withoutAt)).toEqual(
      directory.people.map(({ id, classCode, groupCodes, levelCode, ...person }) => ({
        ...person,
        sourceId: user(id),
        directoryId: id,
        ...(classCode && { classCode }),
        ...(groupCodes && { groupCodes }),
        ...(person.kind === 'student' && levelCode && { levelCode }),
      })),
    );
    expect(snapshot.classes.map(withoutAt)).toEqual(
      directory.classes.map((schoolClass) => ({
        ...schoolClass,
        sourceId: `oneroster:class:class.${schoolClass.code}`,
      })),
    );
    expect(pairsOf(snapshot).sort()).toEqual(
      directory.guardianships
        .map(({ guardianId, studentId }) => `${user(guardianId)} → ${user(studentId)}`)
        .sort(),
    );
    expect(snapshot.teaching.map(withoutAt)).toEqual(
      directory.teaching.map(({ teacherId, ...teaching }) => ({
        teacherSourceId: user(teacherId),
        ...teaching,
      })),
    );
  });
});
