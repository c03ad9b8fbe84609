export type CsvSeparator = ';' | ',' | '\t';

/**
 * The separator of a CSV file, read from its header line: French spreadsheets write `;` (the comma being the
 * decimal mark), most exports and OneRoster write `,`, and Excel's « Texte Unicode » (UTF-16) and some timetable
 * exports a tab. Separators inside quotes do not count.
 */
export const detectSeparator = (text: string): CsvSeparator => {
  const headerLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const count = (separator: CsvSeparator) => unquoted.split(separator).length - 1;
  const [best = ','] = ([',', ';', '\t'] as const)
    .filter((separator) => count(separator) > 0)
    .sort((a, b) => count(b) - count(a));
  return best;
};
