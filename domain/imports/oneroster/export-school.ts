import { ValidationError } from '#domain/shared/errors';
import { exportIds } from './export-ids';
import type { OneRosterExportInput } from './export-input';

type CsvRecord = Record<string, string | undefined>;

export const orgRecords = ({ school }: OneRosterExportInput): CsvRecord[] => [
  { sourcedId: exportIds.org(school.uai), name: school.name, type: 'school', identifier: school.uai },
];

/**
 * The school year as one `schoolYear` session. French school years run from September to August; OneRoster's
 * `schoolYear` column is the year it ends in.
 */
export const academicSessionRecords = ({ schoolYear }: OneRosterExportInput): CsvRecord[] => {
  const [, start, end] = /^(\d{4})-(\d{4})$/.exec(schoolYear) ?? [];
  if (!start || !end || Number(end) !== Number(start) + 1) {
    throw new ValidationError('schoolYear', 'is not a school year such as 2026-2027');
  }
  return [
    {
      sourcedId: exportIds.schoolYear(schoolYear),
      title: schoolYear,
      type: 'schoolYear',
      startDate: `${start}-09-01`,
      endDate: `${end}-08-31`,
      schoolYear: end,
    },
  ];
};
