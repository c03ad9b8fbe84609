import { emptySnapshot, type ImportSnapshot } from '../import-snapshot';
import { readIndividuals } from './individuals';
import { levelsOf } from './levels';
import { schoolYearOf } from './school-year';
import { readStructures } from './structures';
import { readStsEdt } from './sts-edt-document';
import { subjectLabelsOf } from './subject-labels';
import { linkTeaching } from './teaching';

/**
 * Reads an STSWEB export (`sts_emp_<UAI>_<year>.xml`): its staff, its divisions and groups, and who teaches what
 * to which of them. Throws `UnreadableFileError` when the file is no XML or not such an export.
 */
export const parseStsweb = (bytes: Uint8Array, fileName: string): ImportSnapshot => {
  // 1. The structures first: whoever a service names is a teacher, whatever their function says.
  const document = readStsEdt(bytes, fileName);
  const structures = readStructures(document, fileName);
  const teacherIds = new Set(structures.assignments.map((assignment) => assignment.teacherId));
  // 2. The people, then the teaching that links them to classes.
  const individuals = readIndividuals(document, fileName, teacherIds);
  const linked = linkTeaching(structures.assignments, individuals, subjectLabelsOf(document), fileName);
  const schoolYear = schoolYearOf(document);
  const uai = document.PARAMETRES?.UAJ?.['@CODE']?.trim().toUpperCase();
  return {
    ...emptySnapshot('stsweb'),
    schoolYear,
    origins: [{ file: fileName, ...(uai && { uai }), ...(schoolYear && { schoolYear }) }],
    people: individuals.people,
    classes: structures.classes,
    teaching: linked.teaching,
    levels: levelsOf(document),
    problems: [...individuals.problems, ...structures.problems, ...linked.problems],
  };
};
