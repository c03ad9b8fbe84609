export type CsvSeparator = ';' | ',';

/**
 * The separator of a CSV file, read from its header line: French spreadsheets write `;` (the comma being the
 * decimal mark), most exports and OneRoster write `,`. Separators inside quotes do not count.
 */
export const detectSeparator = (text: string): CsvSeparator => {
  const headerLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const count = (separator: CsvSeparator) => unquoted.split(separator).length - 1;
  return count(';') > count(',') ? ';' : ',';
};
