import type { DirectoryState } from '#domain/people/directory-state';
import type { Person, SchoolClass } from '#domain/people/person';
import type { PlanningPorts } from '#domain/planning/planning-ports';
import type { Project } from '#domain/planning/project';
import { projectEvent } from '#domain/planning/project-events';
import { keyOf } from '#domain/shared/text';
import type { ImportedTeaching } from './import-snapshot';
import { courseSourceKey, newCourse, withTeachers } from './timetable/course-project';

/**
 * The courses a directory import describes (STSWEB services, OneRoster classes: who teaches which subject to which
 * class) become course projects with their teachers and class, found again by the same key a timetable import
 * uses, so that the timetable's weekly courses join them. Courses planned already only gain new teachers.
 */
export const coursesFromTeaching = (
  teaching: readonly ImportedTeaching[],
  directory: Pick<DirectoryState, 'people' | 'classes'>,
  existing: readonly Project[],
  ids: { newId: () => string; now: string },
) => {
  const classes = new Map(directory.classes.map((schoolClass) => [schoolClass.classId, schoolClass]));
  const teachers = new Map(
    directory.people.flatMap((person) =>
      (person.sourceIds ?? []).map((sourceId) => [sourceId, person] as const),
    ),
  );
  const courses = new Map<string, { subject: string; schoolClass: SchoolClass; teachers: Person[] }>();
  for (const link of teaching) {
    const schoolClass = classes.get(keyOf(link.classCode));
    const teacher = teachers.get(link.teacherSourceId);
    if (!link.subject || !schoolClass || !teacher) continue;
    const subject = readableSubject(link.subject);
    const key = courseSourceKey(subject, [schoolClass]);
    const course = courses.get(key) ?? { subject, schoolClass, teachers: [] };
    course.teachers.push(teacher);
    courses.set(key, course);
  }
  const bySourceKey = new Map(existing.map((project) => [project.sourceKey, project]));
  const created: Project[] = [];
  const updated: { project: Project; previous: Project }[] = [];
  for (const [key, course] of courses) {
    const previous = bySourceKey.get(key);
    if (!previous) {
      created.push(
        newCourse(course.subject, [course.schoolClass], course.teachers, { id: ids.newId(), now: ids.now }),
      );
      continue;
    }
    const project = withTeachers(previous, course.teachers);
    if (project.members.length > previous.members.length) {
      updated.push({ project: { ...project, updatedAt: ids.now, version: previous.version + 1 }, previous });
    }
  }
  return { created, updated };
};

/** STSWEB labels subjects in capitals (« MATHEMATIQUES »): a course is named « Mathematiques — 5e A ». */
const readableSubject = (subject: string) =>
  subject === subject.toUpperCase() ? subject.charAt(0) + subject.slice(1).toLowerCase() : subject;

/** Writes the courses of a directory import that the planning does not have yet. */
export const saveCoursesFromTeaching = async (
  teaching: readonly ImportedTeaching[],
  directory: Pick<DirectoryState, 'people' | 'classes'>,
  ports: PlanningPorts,
) => {
  const existing = await ports.projects.list({ kind: 'course' });
  const now = ports.clock.now().toISOString();
  const { created, updated } = coursesFromTeaching(teaching, directory, existing, {
    newId: ports.newId,
    now,
  });
  const context = { ...ports.school, newId: ports.newId };
  for (const project of created)
    await ports.projects.add(project, [projectEvent('created', project, context)]);
  for (const { project, previous } of updated) {
    await ports.projects.replace(project, previous, [projectEvent('updated', project, context)]);
  }
  return { created: created.length, updated: updated.length };
};
