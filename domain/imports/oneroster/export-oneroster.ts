import { writeCsv } from '../csv/write-csv';
import { checkExportInput } from './check-export-input';
import { manifestFileNames, type OneRosterExportFile, oneRosterHeaders } from './csv-headers';
import { classRecords, courseRecords, enrollmentRecords } from './export-classes';
import type { OneRosterExportInput } from './export-input';
import { demographicRecords, roleRecords, userRecords } from './export-people';
import { academicSessionRecords, orgRecords } from './export-school';
import { preauSystemName } from './manifest';

type CsvRecord = Record<string, string | undefined>;
type DataFile = Exclude<OneRosterExportFile, 'manifest'>;

const dataFiles: readonly [DataFile, (input: OneRosterExportInput) => CsvRecord[]][] = [
  ['orgs', orgRecords],
  ['academicSessions', academicSessionRecords],
  ['users', userRecords],
  ['roles', roleRecords],
  ['demographics', demographicRecords],
  ['courses', courseRecords],
  ['classes', classRecords],
  ['enrollments', enrollmentRecords],
];

const isWritten = (name: string) => dataFiles.some(([written]) => written === name);

/**
 * A OneRoster 1.2 bulk bundle of the school's directory, by file name (`users.csv`…); `zipBundle` makes it one
 * zip. Bulk files leave `status` and `dateLastModified` empty, as the CSV binding asks.
 */
export const exportOneRoster = (input: OneRosterExportInput): Map<string, Uint8Array> => {
  checkExportInput(input);
  const files = new Map<string, Uint8Array>([
    ['manifest.csv', writeCsv(oneRosterHeaders.manifest, manifestRecords(input))],
  ]);
  for (const [name, records] of dataFiles) {
    files.set(`${name}.csv`, writeCsv(oneRosterHeaders[name], records(input)));
  }
  return files;
};

const manifestRecords = (input: OneRosterExportInput): CsvRecord[] => [
  { propertyName: 'manifest.version', value: '1.0' },
  { propertyName: 'oneroster.version', value: '1.2' },
  ...manifestFileNames.map((name) => ({
    propertyName: `file.${name}`,
    value: isWritten(name) ? 'bulk' : 'absent',
  })),
  { propertyName: 'source.systemName', value: preauSystemName },
  { propertyName: 'source.systemCode', value: input.school.uai },
];
