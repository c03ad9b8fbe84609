import type { Person, SchoolClass } from '#domain/people/person';
import type { Project } from '#domain/planning/project';
import { keyOf } from '#domain/shared/text';

/** How a timetable's course is found again on the next import: its subject and classes, not its name. */
export const courseSourceKey = (subject: string, classes: readonly SchoolClass[]) =>
  `timetable:${keyOf(subject)}|${classes
    .map(({ classId }) => classId)
    .sort()
    .join('+')}`;

/** A course project of a subject for classes: « Mathématiques — 5e A », its teachers as members. */
export const newCourse = (
  subject: string,
  classes: readonly SchoolClass[],
  teachers: readonly Person[],
  { id, now }: { id: string; now: string },
): Project => ({
  id,
  kind: 'course',
  name: `${subject} — ${classes.map(({ label }) => label).join(', ')}`,
  description: '',
  status: 'confirmed',
  members: teachers.map(({ personId }) => ({ personId, role: 'teacher' })),
  classIds: classes.map(({ classId }) => classId),
  subject,
  sourceKey: courseSourceKey(subject, classes),
  documents: [],
  createdAt: now,
  updatedAt: now,
  version: 1,
});

/** A course taught by several teachers over the week lists each of them once. */
export const withTeachers = (project: Project, teachers: readonly Person[]): Project => {
  const members = new Set(project.members.map(({ personId }) => personId));
  const added = teachers.filter(({ personId }) => !members.has(personId));
  return {
    ...project,
    members: [...project.members, ...added.map(({ personId }) => ({ personId, role: 'teacher' }))],
  };
};
