import type { ImportedClass, SourceLocation } from '../import-snapshot';
import type { SiecleDocument } from './siecle-document';
import { locate } from './siecle-problems';
import { attributeOf, elementsAt, textOf } from './xml-element';

/** Where a pupil is taught, from their `STRUCTURES_ELEVE`: one division (type D) and any groups (type G). */
export interface StudentStructures {
  classCode?: string;
  groupCodes: string[];
  at: SourceLocation;
}

/** SIECLE files pupils who have left under this pseudo-division, which is no class of the school. */
const LEFT_PUPILS_PSEUDO_DIVISION = 'INACTIFS';

/** Each pupil's structures, by `ELEVE_ID`. */
export const readStudentStructures = (document: SiecleDocument): Map<string, StudentStructures> => {
  const byStudent = new Map<string, StudentStructures>();
  const lists = elementsAt(document.content, 'DONNEES', 'STRUCTURES', 'STRUCTURES_ELEVE');
  for (const [index, list] of lists.entries()) {
    const eleveId = attributeOf(list, 'ELEVE_ID');
    if (eleveId === undefined) continue;
    const at = locate(document.file, 'STRUCTURES_ELEVE', { ELEVE_ID: eleveId }, index + 1);
    const structures = byStudent.get(eleveId) ?? { groupCodes: [], at };
    for (const structure of elementsAt(list, 'STRUCTURE')) {
      const code = textOf(structure, 'CODE_STRUCTURE');
      if (code === undefined || code.toUpperCase() === LEFT_PUPILS_PSEUDO_DIVISION) continue;
      const type = textOf(structure, 'TYPE_STRUCTURE');
      if (type === 'D') structures.classCode ??= code;
      if (type === 'G' && !structures.groupCodes.includes(code)) structures.groupCodes.push(code);
    }
    byStudent.set(eleveId, structures);
  }
  return byStudent;
};

/**
 * One class per division or group code, where it first appears. The file gives a division no level, so a division
 * takes its pupils' MEF when they all share one.
 */
export const classesOf = (
  structures: Map<string, StudentStructures>,
  levelOfStudent: (eleveId: string) => string | undefined,
): ImportedClass[] => {
  const classes = new Map<string, ImportedClass>();
  const divisionLevels = new Map<string, Set<string>>();
  for (const [eleveId, { classCode, groupCodes, at }] of structures) {
    if (classCode !== undefined) {
      addClass(classes, { code: classCode, label: classCode, kind: 'division', at });
      const levels = divisionLevels.get(classCode) ?? new Set();
      const level = levelOfStudent(eleveId);
      if (level !== undefined) divisionLevels.set(classCode, levels.add(level));
    }
    for (const code of groupCodes) addClass(classes, { code, label: code, kind: 'group', at });
  }
  return [...classes.values()].map((aClass) => {
    const [level, ...otherLevels] = divisionLevels.get(aClass.code) ?? [];
    return level !== undefined && otherLevels.length === 0 ? { ...aClass, levelCode: level } : aClass;
  });
};

const addClass = (classes: Map<string, ImportedClass>, aClass: ImportedClass) => {
  if (!classes.has(aClass.code)) classes.set(aClass.code, aClass);
};
