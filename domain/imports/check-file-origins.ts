import type { FileOrigin, ImportProblem } from './import-snapshot';
import { UnreadableFileError } from './import-snapshot';

/** The school an import is for: its UAI when the tenant registry has one, and the school year the job fills. */
export interface ExpectedOrigin {
  uai?: string;
  schoolYear: string;
}

/**
 * Checks that each file is about this school and the year the job fills, before anything is read into the
 * directory. A file of another establishment (`UAJ`) is refused whole; a file of another year is reported, and
 * kept from being applied until the person who checked it confirms that year (`confirmedYear`).
 * Returns the year to confirm, if any, with its problems.
 */
export const checkFileOrigins = (
  origins: readonly FileOrigin[],
  expected: ExpectedOrigin,
  confirmedYear: string | null,
): { yearToConfirm: string | null; problems: ImportProblem[] } => {
  const expectedUai = expected.uai?.toUpperCase();
  for (const origin of origins) {
    if (expectedUai !== undefined && origin.uai !== undefined && origin.uai !== expectedUai) {
      throw new UnreadableFileError(
        origin.file,
        `is an export of another establishment: its UAJ is ${origin.uai}, this school's UAI is ${expectedUai}`,
        { code: 'wrong_school', values: { found: origin.uai, expected: expectedUai } },
      );
    }
  }
  const otherYears = origins.filter(
    (origin) => origin.schoolYear !== undefined && origin.schoolYear !== expected.schoolYear,
  );
  const [first] = otherYears;
  if (first?.schoolYear === undefined) return { yearToConfirm: null, problems: [] };
  const confirmed = otherYears.every((origin) => origin.schoolYear === confirmedYear);
  // Two files of two other years cannot be confirmed at once: one of them is a mistake, an error.
  const oneYear = otherYears.every((origin) => origin.schoolYear === first.schoolYear);
  // Else a warning: the job may be applied, but only once the year is confirmed (`yearToConfirm`).
  const problems = otherYears.map(
    (origin): ImportProblem => ({
      severity: oneYear ? 'warning' : 'error',
      at: { file: origin.file, element: 'PARAMETRES' },
      field: 'ANNEE_SCOLAIRE',
      reason: `is ${origin.schoolYear}, not ${expected.schoolYear}, the school year this import fills`,
      code: 'wrong_year',
      values: { found: origin.schoolYear ?? '', expected: expected.schoolYear },
    }),
  );
  return { yearToConfirm: oneYear && !confirmed ? first.schoolYear : null, problems };
};
