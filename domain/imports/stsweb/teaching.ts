import type { ImportedTeaching, ImportProblem } from '../import-snapshot';
import { type Individuals, individualSourceId } from './individuals';
import type { ServiceAssignment } from './structures';

/**
 * Who teaches which subject to which division or group, once per teacher, class and subject: a teacher may hold
 * two services of one subject in one class (a lesson and a practical session, `CODE_MOD_COURS`).
 */
export const linkTeaching = (
  assignments: ServiceAssignment[],
  individuals: Individuals,
  subjectLabels: Map<string, string>,
  file: string,
): { teaching: ImportedTeaching[]; problems: ImportProblem[] } => {
  const readPeople = new Set(individuals.people.map((person) => person.sourceId));
  const teaching = new Map<string, ImportedTeaching>();
  const problems: ImportProblem[] = [];
  for (const { teacherId, classCode, subjectCode, element } of assignments) {
    const at = { file, element };
    if (!individuals.listedIds.has(teacherId)) {
      problems.push({ severity: 'error', at, field: 'ID', reason: 'is no INDIVIDU of the file' });
      continue;
    }
    const teacherSourceId = individualSourceId(teacherId);
    // A person listed but unreadable already has an error of their own, which stops the import.
    if (!readPeople.has(teacherSourceId)) continue;
    const subject = subjectCode && (subjectLabels.get(subjectCode) ?? subjectCode);
    const key = [teacherSourceId, classCode, subject].join('\n');
    if (teaching.has(key)) continue;
    teaching.set(key, { teacherSourceId, classCode, ...(subject && { subject }), at });
  }
  return { teaching: [...teaching.values()], problems };
};
