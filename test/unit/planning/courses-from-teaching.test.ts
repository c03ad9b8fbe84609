import { describe, expect, it } from 'vitest';
import { coursesFromTeaching } from '#domain/imports/courses-from-teaching';
import type { ImportedTeaching } from '#domain/imports/import-snapshot';
import { courseSourceKey } from '#domain/imports/timetable/course-project';
import type { Person } from '#domain/people/person';

const teacher = (personId: string, lastName: string): Person => ({
  personId,
  firstName: 'Claire',
  lastName,
  profiles: ['teacher'],
  sourceIds: [`stsweb:${personId}`],
  version: 1,
});
const directory = {
  people: [teacher('t1', 'Martin'), teacher('t2', 'Roux')],
  classes: [
    { classId: '5a', label: '5e A', level: '5e' },
    { classId: '4b', label: '4e B', level: '4e' },
  ],
};
const at = { file: 'sts_emp_0750001A_2026.xml' };
const teaching: ImportedTeaching[] = [
  { teacherSourceId: 'stsweb:t1', classCode: '5A', subject: 'MATHEMATIQUES', at },
  { teacherSourceId: 'stsweb:t2', classCode: '5A', subject: 'MATHEMATIQUES', at },
  { teacherSourceId: 'stsweb:t2', classCode: '4B', subject: 'PHYSIQUE-CHIMIE', at },
  { teacherSourceId: 'stsweb:t1', classCode: '4B', at },
];
let next = 0;
const ids = { newId: () => `p${++next}`, now: '2026-09-01T08:00:00.000Z' };

describe('courses from a directory import', () => {
  it('makes a course project per subject and class, with its teachers, under the key a timetable finds', () => {
    const { created, updated } = coursesFromTeaching(teaching, directory, [], ids);
    expect(updated).toEqual([]);
    expect(created.map(({ name, classIds, members }) => ({ name, classIds, members }))).toEqual([
      {
        name: 'Mathematiques — 5e A',
        classIds: ['5a'],
        members: [
          { personId: 't1', role: 'teacher' },
          { personId: 't2', role: 'teacher' },
        ],
      },
      { name: 'Physique-chimie — 4e B', classIds: ['4b'], members: [{ personId: 't2', role: 'teacher' }] },
    ]);
    // The timetable names the subject with its accents: the same course.
    expect(created[0]?.sourceKey).toBe(courseSourceKey('Mathématiques', [directory.classes[0] as never]));
  });

  it('creates nothing the second time, and only adds a new teacher to a course', () => {
    const { created: first } = coursesFromTeaching(teaching, directory, [], ids);
    expect(coursesFromTeaching(teaching, directory, first, ids)).toEqual({ created: [], updated: [] });
    const withNewTeacher = [
      ...teaching,
      { teacherSourceId: 'stsweb:t1', classCode: '4B', subject: 'PHYSIQUE-CHIMIE', at },
    ];
    const { updated } = coursesFromTeaching(withNewTeacher, directory, first, ids);
    expect(updated.map(({ project }) => [project.name, project.members.length, project.version])).toEqual([
      ['Physique-chimie — 4e B', 2, 2],
    ]);
  });
});
