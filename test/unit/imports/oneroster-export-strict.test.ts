import { describe, expect, it } from 'vitest';
import { applyPlanToState } from '#domain/imports/apply-plan-to-state';
import { cedsGradeOf } from '#domain/imports/oneroster/ceds-grades';
import { directoryToOneRoster } from '#domain/imports/oneroster/directory-to-oneroster';
import { exportOneRoster } from '#domain/imports/oneroster/export-oneroster';
import { parseOneRoster } from '#domain/imports/oneroster/parse-oneroster';
import { planImport } from '#domain/imports/plan-import';
import type { DirectoryState } from '#domain/people/directory-state';
import type { Person } from '#domain/people/person';
import { fileText } from '../../fixtures/oneroster/generate-oneroster';

const person = (personId: string, extra: Partial<Person> & Pick<Person, 'profiles'>): Person => ({
  personId,
  firstName: `Prénom ${personId}`,
  lastName: 'Nom',
  version: 1,
  ...extra,
});

/** A directory with what broke strict consumers: class codes with spaces and accents, MEF levels, a cycle. */
const state: DirectoryState = {
  classes: [
    { classId: '4e-1', label: '4e 1', level: '4e', code: '4e 1' },
    { classId: '6a', label: '6e A', level: '10010012110', code: '6A' },
    { classId: 'grec', label: 'Grec ancien', level: '', kind: 'group', code: 'Grec ancien (Lyon/é)' },
    { classId: 'fm2a', label: 'Formation musicale 2A', level: 'Cycle 2', code: 'FM 2A' },
  ],
  people: [
    person('0b6c1e0e-8f1a-4a57-9a2c-5d0e1f2a3b4c', {
      profiles: ['student'],
      classId: '4e-1',
      groupIds: ['grec'],
      levelCode: '10210001110',
      sourceIds: ['siecle:eleve:1001'],
    }),
    person('e1', {
      profiles: ['student'],
      classId: '6a',
      levelCode: '6EME',
      sourceIds: ['siecle:eleve:1002'],
    }),
    person('e2', { profiles: ['student'], classId: 'fm2a', levelCode: 'Cycle 2', sourceIds: ['csv:e2'] }),
    person('g1', { profiles: ['guardian'], sourceIds: ['siecle:personne:9'] }),
    person('t1', { profiles: ['teacher'], sourceIds: ['sts:individu:7'] }),
  ],
  guardianships: [{ guardianId: 'g1', studentId: 'e1' }],
  teaching: [
    { teacherId: 't1', classId: '4e-1' },
    { teacherId: 't1', classId: 'grec' },
  ],
};

const school = { name: 'Collège Jean-Jaurès', uai: '0930001A', schoolYear: '2026-2027' };
const files = exportOneRoster(directoryToOneRoster(state, school));

const rowsOf = (name: string) => {
  const [header = '', ...lines] = fileText(files, name)
    .split('\r\n')
    .filter((line) => line !== '');
  const columns = header.split(',');
  // No cell of these files holds a quoted comma but the id lists, which the test splits itself.
  return lines.map((line) => {
    const cells = line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)?.map((cell) => cell.replace(/,$/, '')) ?? [];
    return new Map(columns.map((column, index) => [column, (cells[index] ?? '').replace(/^"|"$/g, '')]));
  });
};

describe('a OneRoster export a strict 1.2 consumer accepts', () => {
  it('writes every sourcedId, and every reference to one, in the GUID character set', () => {
    const ids = [...files.keys()]
      .filter((name) => name !== 'manifest.csv')
      .flatMap((name) =>
        rowsOf(name).flatMap((row) =>
          [...row]
            .filter(([column]) => /sourcedIds?$/i.test(column))
            .flatMap(([, value]) => value.split(',').filter((id) => id !== '')),
        ),
      );
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) expect(id).toMatch(/^[0-9A-Za-z._/@-]+$/);
    expect(ids).toContain('class.4e_201');
    expect(ids).toContain('year.2026-2027');
  });

  it('gives the same entity the same id at every export, and two classes two ids', () => {
    expect(exportOneRoster(directoryToOneRoster(state, school))).toEqual(files);
    const classIds = rowsOf('classes.csv').map((row) => row.get('sourcedId'));
    expect(new Set(classIds).size).toBe(state.classes.length);
  });

  it('writes grades as CEDS codes, and none for a level CEDS does not have', () => {
    const grades = Object.fromEntries(
      rowsOf('classes.csv').map((row) => [row.get('classCode'), row.get('grades')]),
    );
    expect(grades).toEqual({ '4e 1': '08', '6A': '06', 'Grec ancien (Lyon/é)': '', 'FM 2A': '' });
    const students = rowsOf('users.csv').filter((row) => row.get('grades') !== '');
    expect(students.map((row) => row.get('grades')).sort()).toEqual(['06', '08']);
    expect(
      ['10010012110', '6e', '5e', '4e', '3e', '2de', '1re', 'Tle', 'CM2', 'Cycle 2', '06'].map(cedsGradeOf),
    ).toEqual(['06', '06', '07', '08', '09', '10', '11', '12', '05', undefined, '06']);
  });

  it('writes each file’s columns in the order of the 1.2 tables, extensions (`metadata.`) last', () => {
    const spec: Record<string, string> = {
      'orgs.csv': 'name,type,identifier,parentSourcedId',
      'academicSessions.csv': 'title,type,startDate,endDate,parentSourcedId,schoolYear',
      'users.csv':
        'enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,' +
        'grades,password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,' +
        'preferredFamilyName,primaryOrgSourcedId,pronouns',
      'roles.csv': 'userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId',
      'demographics.csv':
        'birthDate,sex,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,' +
        'nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,' +
        'countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,publicSchoolResidenceStatus',
      'courses.csv': 'schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes',
      'classes.csv':
        'title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,' +
        'subjectCodes,periods',
      'enrollments.csv': 'classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate',
    };
    expect(fileText(files, 'manifest.csv').split('\r\n')[0]).toBe('propertyName,value');
    for (const [name, columns] of Object.entries(spec)) {
      const header = fileText(files, name).split('\r\n')[0] ?? '';
      const standard = `sourcedId,status,dateLastModified,${columns}`;
      expect(header.startsWith(standard), name).toBe(true);
      const extensions = header
        .slice(standard.length)
        .split(',')
        .filter((column) => column !== '');
      for (const column of extensions) expect(column, name).toMatch(/^metadata\./);
    }
  });

  it('reads back into the same directory as the same people and classes, creating and retiring nothing', () => {
    const plan = planImport(parseOneRoster(files), state, { personIdOf: (sourceId) => `new-${sourceId}` });

    expect(plan.problems.filter(({ severity }) => severity === 'error')).toEqual([]);
    expect(plan.createPeople).toEqual([]);
    expect(plan.retirePeople).toEqual([]);
    expect(plan.createClasses).toEqual([]);
    expect(plan.addGuardianships).toEqual([]);
    expect(plan.removeGuardianships).toEqual([]);
    expect(plan.addTeaching).toEqual([]);
    expect(plan.removeTeaching).toEqual([]);
    const after = applyPlanToState(state, plan);
    const placement = ({ personId, classId, groupIds, levelCode, profiles }: Person) => ({
      personId,
      classId,
      groupIds,
      levelCode,
      profiles,
    });
    expect(after.people.map(placement)).toEqual(state.people.map(placement));
    expect(after.classes.map(({ classId, code, level }) => ({ classId, code, level }))).toEqual(
      state.classes.map(({ classId, code, level }) => ({ classId, code, level })),
    );
  });
});
