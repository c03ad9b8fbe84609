import type { ImportedPerson, ImportProblem, ImportSnapshot } from '../import-snapshot';
import { readDate } from './siecle-dates';
import { readSiecleDocument, type SiecleDocument } from './siecle-document';
import { readPersonName } from './siecle-person-name';
import { errorAt, locate, warningAt } from './siecle-problems';
import { startSnapshot } from './siecle-snapshot';
import { classesOf, readStudentStructures, type StudentStructures } from './siecle-structures';
import { attributeOf, elementsAt, textOf, type XmlElement } from './xml-element';

/** Students and their classes from `ElevesSansAdresses.xml` or `ElevesAvecAdresses.xml`; `today` is YYYY-MM-DD. */
export const parseSiecleEleves = (bytes: Uint8Array, fileName: string, today: string): ImportSnapshot =>
  elevesSnapshot(readSiecleDocument(bytes, fileName, ['BEE_ELEVES']), today);

export const elevesSnapshot = (document: SiecleDocument, today: string): ImportSnapshot => {
  const snapshot = startSnapshot(document);
  const structures = readStudentStructures(document);
  const eleves = elementsAt(document.content, 'DONNEES', 'ELEVES', 'ELEVE');
  for (const [index, eleve] of eleves.entries()) {
    const student = readStudent(eleve, index + 1, {
      document,
      structures,
      today,
      problems: snapshot.problems,
    });
    if (student !== undefined) snapshot.people.push(student);
  }
  snapshot.problems.push(...sharedIdentifiers(snapshot.people));
  const levels = new Map(snapshot.people.map((student) => [student.sourceId, student.levelCode]));
  snapshot.classes.push(...classesOf(structures, (eleveId) => levels.get(studentSourceId(eleveId))));
  return snapshot;
};

export const studentSourceId = (eleveId: string) => `siecle:eleve:${eleveId}`;

interface ReadingContext {
  document: SiecleDocument;
  structures: Map<string, StudentStructures>;
  today: string;
  problems: ImportProblem[];
}

/** A pupil, or undefined when they cannot be imported (no identifier or no name), with the problems found. */
const readStudent = (
  eleve: XmlElement,
  position: number,
  context: ReadingContext,
): ImportedPerson | undefined => {
  const { document, structures, today, problems } = context;
  const eleveId = attributeOf(eleve, 'ELEVE_ID');
  const at = locate(document.file, 'ELEVE', { ELEVE_ID: eleveId }, position);
  if (eleveId === undefined) {
    problems.push(errorAt(at, 'ELEVE_ID', 'is missing'));
    return undefined;
  }
  const name = readPersonName(eleve, at, problems);
  const birthDate = readDate(eleve, 'DATE_NAISS', at, problems);
  const leavingDate = readDate(eleve, 'DATE_SORTIE', at, problems);
  const active = leavingDate === undefined || leavingDate > today;
  const { classCode, groupCodes = [] } = structures.get(eleveId) ?? {};
  if (active && classCode === undefined) {
    problems.push(
      warningAt(at, 'CODE_STRUCTURE', 'is missing: this pupil, still enrolled, is in no division'),
    );
  }
  const nationalId = textOf(eleve, 'ID_NATIONAL');
  // Still imported by ELEVE_ID, but the national record cannot be matched: the school must know whose it lacks.
  if (nationalId === undefined && active) {
    problems.push({
      ...warningAt(at, 'ID_NATIONAL', 'is missing: this pupil has no INE and is imported by ELEVE_ID only'),
      code: 'missing_ine',
    });
  }
  if (name === undefined) return undefined;
  return {
    sourceId: studentSourceId(eleveId),
    kind: 'student',
    ...name,
    birthDate,
    email: textOf(eleve, 'MEL'),
    nationalId,
    classCode,
    groupCodes,
    levelCode: textOf(eleve, 'CODE_MEF'),
    active,
    at,
  };
};

/** The national identifier (INE) is unique in France: two pupils with the same one are a mistake in the file. */
const sharedIdentifiers = (students: ImportedPerson[]): ImportProblem[] => {
  const firstHolders = new Map<string, ImportedPerson>();
  const problems: ImportProblem[] = [];
  for (const student of students) {
    if (student.nationalId === undefined) continue;
    const firstHolder = firstHolders.get(student.nationalId);
    if (firstHolder === undefined) firstHolders.set(student.nationalId, student);
    else {
      const both = `${firstHolder.at.element} and ${student.at.element}`;
      problems.push(errorAt(student.at, 'ID_NATIONAL', `is used by two students: ${both}`));
    }
  }
  return problems;
};
