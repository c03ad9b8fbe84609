import type { ImportedClass, ImportProblem } from '../import-snapshot';
import { elementAt, type StsEdt, type StsStructure, textOf } from './sts-edt-document';

/** One teacher named by one service of a division or group, before the teacher is looked up. */
export interface ServiceAssignment {
  teacherId: string;
  classCode: string;
  /** The service's `CODE_MATIERE`, a nomenclature code such as `020100`. */
  subjectCode?: string;
  /** `DIVISION[CODE=6A]/SERVICE[CODE_MATIERE=020100]/ENSEIGNANT[ID=42]`. */
  element: string;
}

export interface Structures {
  classes: ImportedClass[];
  assignments: ServiceAssignment[];
  problems: ImportProblem[];
}

const tagOf = { division: 'DIVISION', group: 'GROUPE' } as const;

/** The divisions and groups of `DONNEES/STRUCTURE`, and who their services name. */
export const readStructures = (document: StsEdt, file: string): Structures => {
  const structure = document.DONNEES?.STRUCTURE;
  const read = [
    ...(structure?.DIVISIONS?.DIVISION ?? []).map((one, index) =>
      readStructure(one, 'division', index, file),
    ),
    ...(structure?.GROUPES?.GROUPE ?? []).map((one, index) => readStructure(one, 'group', index, file)),
  ];
  return {
    classes: read.flatMap((one) => one.classes),
    assignments: read.flatMap((one) => one.assignments),
    problems: read.flatMap((one) => one.problems),
  };
};

const readStructure = (
  structure: StsStructure,
  kind: ImportedClass['kind'],
  index: number,
  file: string,
): Structures => {
  const tag = tagOf[kind];
  const code = structure['@CODE']?.trim();
  if (!code) {
    const at = { file, element: `${tag}[${index + 1}]` };
    return {
      classes: [],
      assignments: [],
      problems: [{ severity: 'error', at, field: 'CODE', reason: 'is missing' }],
    };
  }
  const element = elementAt(tag, 'CODE', code);
  const importedClass: ImportedClass = {
    code,
    label: textOf(structure.LIBELLE_LONG) ?? code,
    kind,
    at: { file, element },
  };
  const levelCode = structure.MEFS_APPARTENANCE?.MEF?.[0]?.['@CODE']?.trim();
  if (levelCode) importedClass.levelCode = levelCode;
  return { classes: [importedClass], assignments: assignmentsOf(structure, code, element), problems: [] };
};

const assignmentsOf = (structure: StsStructure, classCode: string, element: string): ServiceAssignment[] =>
  (structure.SERVICES?.SERVICE ?? []).flatMap((service) => {
    const subjectCode = service['@CODE_MATIERE']?.trim() || undefined;
    const serviceElement = `${element}/${elementAt('SERVICE', 'CODE_MATIERE', subjectCode ?? '')}`;
    return (service.ENSEIGNANTS?.ENSEIGNANT ?? []).flatMap((teacher) => {
      const teacherId = teacher['@ID']?.trim();
      if (!teacherId) return [];
      const teacherElement = `${serviceElement}/${elementAt('ENSEIGNANT', 'ID', teacherId)}`;
      return [{ teacherId, classCode, subjectCode, element: teacherElement }];
    });
  });
