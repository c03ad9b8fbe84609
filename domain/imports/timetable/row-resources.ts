import { fullName } from '#domain/identity/actor';
import type { Person, SchoolClass } from '#domain/people/person';
import type { ImportProblem } from '../import-snapshot';
import type { DirectoryMatch } from './directory-match';
import type { classFinder } from './find-class';
import { lineProblem } from './line-problem';
import type { TimetableRow } from './timetable-row';

export interface RowResources {
  classes: SchoolClass[];
  teachers: Person[];
  placeIds: string[];
}

export interface Finders {
  classes: ReturnType<typeof classFinder>;
  teacher: (written: string) => DirectoryMatch<Person>;
  room: (written: string) => DirectoryMatch<{ id: string; name: string }>;
}

/**
 * The directory's classes, teachers and places a line names. An unknown class or teacher leaves the line out:
 * planned without them, the course would miss from their agendas, and a later import would take it as planned
 * already. An unknown room only warns: the course is planned without a place, which a planner can give it.
 */
export const rowResources = (
  row: TimetableRow,
  find: Finders,
  problems: ImportProblem[],
): RowResources | undefined => {
  const found: ImportProblem[] = [];
  const classes = row.groups.flatMap((written) => {
    const match = find.classes.find(written);
    if ('found' in match) return [match.found];
    found.push(
      lineProblem(row, row.columns.class, classReason(written, match, find.classes.suggest(written))),
    );
    return [];
  });
  const teachers = row.teachers.flatMap((written) => {
    const match = find.teacher(written);
    if ('found' in match) return [match.found];
    found.push(lineProblem(row, row.columns.teacher, teacherReason(written, match)));
    return [];
  });
  const placeIds = row.rooms.flatMap((written) => {
    const match = find.room(written);
    if ('found' in match) return [match.found.id];
    const reason = `"${written}" is ${'unknown' in match ? 'not an active place' : 'the name of several places'}: the course is planned without a room`;
    problems.push(lineProblem(row, row.columns.room, reason, 'warning'));
    return [];
  });
  problems.push(...found);
  return found.length > 0
    ? undefined
    : { classes: unique(classes), teachers: unique(teachers), placeIds: [...new Set(placeIds)] };
};

const classReason = (written: string, match: DirectoryMatch<SchoolClass>, suggestion: string | undefined) => {
  if ('ambiguous' in match)
    return `"${written}" names several classes: ${match.ambiguous.map(({ label }) => label).join(', ')}`;
  const hint = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
  return `"${written}" is not a class or group of the directory${hint}`;
};

const teacherReason = (written: string, match: DirectoryMatch<Person>) =>
  'ambiguous' in match
    ? `"${written}" names several teachers: ${match.ambiguous.map(fullName).join(', ')}; write the first name too`
    : `"${written}" is not a teacher of the directory`;

const unique = <T>(things: readonly T[]) => [...new Set(things)];
