import { emptySnapshot, type ImportSnapshot } from '../import-snapshot';
import { schoolYearOf } from './siecle-dates';
import type { SiecleDocument } from './siecle-document';
import { warningAt } from './siecle-problems';
import { elementAt, textOf } from './xml-element';

/** An empty SIECLE snapshot with the school and year of the document's `PARAMETRES`, which every export has. */
export const startSnapshot = (document: SiecleDocument): ImportSnapshot => {
  const snapshot = emptySnapshot('siecle');
  const parameters = elementAt(document.content, 'PARAMETRES') ?? {};
  const startYear = textOf(parameters, 'ANNEE_SCOLAIRE');
  snapshot.schoolYear = startYear === undefined ? undefined : schoolYearOf(startYear);
  // The establishment and year the file is about, checked against the school's before anything is written.
  const uai = textOf(parameters, 'UAJ');
  snapshot.origins = [
    {
      file: document.file,
      ...(uai !== undefined && { uai: uai.toUpperCase() }),
      ...(snapshot.schoolYear !== undefined && { schoolYear: snapshot.schoolYear }),
    },
  ];
  if (startYear !== undefined && snapshot.schoolYear === undefined) {
    const at = { file: document.file, element: 'PARAMETRES' };
    snapshot.problems.push(warningAt(at, 'ANNEE_SCOLAIRE', `is not a year: "${startYear}"`));
  }
  return snapshot;
};
