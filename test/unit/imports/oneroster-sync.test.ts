import { describe, expect, it } from 'vitest';
import { applyPlanToState } from '#domain/imports/apply-plan-to-state';
import { parseOneRoster } from '#domain/imports/oneroster/parse-oneroster';
import { planImport } from '#domain/imports/plan-import';
import type { DirectoryState } from '#domain/people/directory-state';
import {
  fileText,
  generateOneRosterBundle,
  generateOneRosterDelta,
  withFile,
} from '../../fixtures/oneroster/generate-oneroster';

const options = { personIdOf: (sourceId: string) => `id-${sourceId}` };
const empty: DirectoryState = { people: [], classes: [], guardianships: [], teaching: [] };
const id = (sourcedId: string) => `id-oneroster:user:${sourcedId}`;

/** The directory after the bulk bundle of the fixtures: the state a daily delta starts from. */
const imported = () =>
  applyPlanToState(empty, planImport(parseOneRoster(generateOneRosterBundle()), empty, options));

const personIn = (state: DirectoryState, sourcedId: string) =>
  state.people.find(({ personId }) => personId === id(sourcedId));

const familyOf = (state: DirectoryState, sourcedId: string) =>
  state.guardianships
    .filter(({ studentId }) => studentId === id(sourcedId))
    .map(({ guardianId }) => guardianId)
    .sort();

describe('OneRoster classes are identified by their sourcedId', () => {
  const renamed = () => {
    const classes = fileText(generateOneRosterBundle(), 'classes.csv').replace(
      'cls-6a,,,6e A,',
      'cls-6a,,,6e A1,',
    );
    return withFile(
      generateOneRosterBundle(),
      'classes.csv',
      classes.replace(',6A,homeroom,', ',6A1,homeroom,'),
    );
  };

  it('keeps one class when a later bundle gives the same sourcedId a new classCode and title: it is renamed', () => {
    const before = imported();
    const plan = planImport(parseOneRoster(renamed()), before, options);

    expect(plan.createClasses).toEqual([]);
    expect(plan.updateClasses.map(({ after }) => after)).toEqual([
      { classId: '6a', label: '6e A1', level: '06', code: '6A1', sourceIds: ['oneroster:class:cls-6a'] },
    ]);
    const after = applyPlanToState(before, plan);
    expect(after.classes).toHaveLength(4);
    expect(personIn(after, 'stu-1')?.classId).toBe('6a');
    expect(after.teaching).toContainEqual({ teacherId: id('tea-1'), classId: '6a' });
    expect(plan.retirePeople).toEqual([]);
    expect(planImport(parseOneRoster(renamed()), after, options).updateClasses).toEqual([]);
  });

  it('retires a class the source deletes (status tobedeleted), and lets its pupils go', () => {
    const before = imported();
    const classes = fileText(generateOneRosterBundle(), 'classes.csv').replace(
      'cls-lat,,,',
      'cls-lat,tobedeleted,,',
    );
    const plan = planImport(
      parseOneRoster(withFile(generateOneRosterBundle(), 'classes.csv', classes)),
      before,
      options,
    );

    expect(plan.updateClasses).toEqual([
      expect.objectContaining({ after: expect.objectContaining({ classId: 'cls-lat', status: 'retired' }) }),
    ]);
    expect(
      plan.updatePeople.find(({ after }) => after.personId === id('stu-3'))?.after.groupIds,
    ).toBeUndefined();
  });
});

describe('a OneRoster delta bundle', () => {
  const before = imported();
  const plan = planImport(parseOneRoster(generateOneRosterDelta()), before, options);
  const after = applyPlanToState(before, plan);

  it('is read, with no problem', () => {
    expect(plan.problems).toEqual([]);
  });

  it('adds a pupil, in the class and group its enrollments name, with the known parent its agents name', () => {
    expect(plan.createPeople).toEqual([
      expect.objectContaining({
        firstName: 'Lina',
        lastName: 'Petit',
        profiles: ['student'],
        birthDate: '2014-05-21',
      }),
    ]);
    expect(personIn(after, 'stu-9')).toMatchObject({ classId: '6b', groupIds: ['6-ang1'], levelCode: '06' });
    expect(familyOf(after, 'stu-9')).toEqual([id('par-2')]);
  });

  it('retires a user the delta lists as tobedeleted, and removes their family links', () => {
    expect(plan.retirePeople.map(({ after }) => after.personId)).toEqual([id('stu-4')]);
    expect(personIn(after, 'stu-4')?.status).toBe('retired');
    expect(familyOf(after, 'stu-4')).toEqual([]);
  });

  it('removes an agent link a listed user no longer has, and keeps its other links and its classes', () => {
    expect(familyOf(before, 'stu-1')).toEqual([id('par-1'), id('par-1b')]);
    expect(familyOf(after, 'stu-1')).toEqual([id('par-1')]);
    expect(personIn(after, 'stu-1')).toMatchObject({ classId: '6a', groupIds: ['6-ang1'] });
    expect(personIn(after, 'stu-1')?.profiles).toEqual(['student']);
  });

  it('removes an enrollment the delta deletes, and adds a teacher’s', () => {
    expect(personIn(after, 'stu-2')?.classId).toBe('6a');
    expect(personIn(after, 'stu-2')?.groupIds).toBeUndefined();
    expect(plan.addTeaching).toEqual([{ teacherId: id('tea-2'), classId: 'cls-lat' }]);
    expect(plan.removeTeaching).toEqual([]);
  });

  it('leaves alone everyone and every link it does not list', () => {
    const changed = new Set([...plan.updatePeople, ...plan.retirePeople].map(({ after }) => after.personId));
    // Léa Martin's record is as it was: only a link of hers changed.
    expect([...changed].sort()).toEqual([id('stu-2'), id('stu-4')]);
    expect(plan.unchanged).toBe(1);
    expect(plan.removeGuardianships.sort((a, b) => a.guardianId.localeCompare(b.guardianId))).toEqual([
      { guardianId: id('par-1b'), studentId: id('stu-1') },
      { guardianId: id('par-4'), studentId: id('stu-4') },
    ]);
    expect(after.teaching).toEqual(expect.arrayContaining(before.teaching));
    expect(after.classes).toEqual(before.classes);
  });

  it('changes nothing when applied twice', () => {
    const again = planImport(parseOneRoster(generateOneRosterDelta()), after, options);
    expect(again.createPeople).toEqual([]);
    expect(again.updatePeople).toEqual([]);
    expect(again.retirePeople).toEqual([]);
    expect(again.addGuardianships).toEqual([]);
    expect(again.removeGuardianships).toEqual([]);
    expect(again.addTeaching).toEqual([]);
  });
});
