import { ValidationError } from '#domain/shared/errors';
import type { OneRosterExportInput } from './export-input';

/**
 * An export whose links point nowhere would be refused by every consumer (and by Préau's own import): every
 * class code, guardian, student and teacher a link names must be in the input, and ids must be unique.
 */
export const checkExportInput = (input: OneRosterExportInput): void => {
  const kinds = new Map(input.people.map(({ id, kind }) => [id, kind]));
  const classCodes = new Set(input.classes.map(({ code }) => code));
  if (kinds.size < input.people.length) throw new ValidationError('people', 'two people have the same id');
  if (classCodes.size < input.classes.length) {
    throw new ValidationError('classes', 'two classes have the same code');
  }
  for (const person of input.people) {
    for (const code of [person.classCode, ...(person.groupCodes ?? [])]) {
      if (code !== undefined && !classCodes.has(code)) throw unknown('classCode', code, 'class');
    }
  }
  for (const { guardianId, studentId } of input.guardianships) {
    if (!kinds.has(guardianId)) throw unknown('guardianId', guardianId, 'person');
    if (kinds.get(studentId) !== 'student') throw unknown('studentId', studentId, 'student');
  }
  for (const { teacherId, classCode } of input.teaching) {
    if (!kinds.has(teacherId)) throw unknown('teacherId', teacherId, 'person');
    if (!classCodes.has(classCode)) throw unknown('classCode', classCode, 'class');
  }
};

const unknown = (field: string, value: string, what: string) =>
  new ValidationError(field, `"${value}" is not a ${what} of the export`);
