import { readCsvTable } from '../csv/read-csv-table';
import { UnreadableFileError } from '../import-snapshot';
import type { SpreadsheetMapping } from './spreadsheet-mapping';
import { suggestMapping } from './suggest-mapping';

/**
 * The mapping a file is read with: the one the administrator gave, else the one saved for this source the last
 * time, else what the headers tell when that is enough (an id, the names, and a kind column or every row a pupil).
 */
export const mappingForFile = (
  bytes: Uint8Array,
  fileName: string,
  given: SpreadsheetMapping | undefined,
  saved: SpreadsheetMapping | undefined,
): SpreadsheetMapping => {
  if (given) return given;
  if (saved) return saved;
  const suggestion = suggestMapping(readCsvTable(bytes, fileName).headers);
  const missing = (['id', 'firstName', 'lastName'] as const).filter((field) => !suggestion[field]);
  if (missing.length > 0) {
    throw new UnreadableFileError(
      fileName,
      `has no column recognisable as ${missing.join(', ')}: choose the columns for this source`,
    );
  }
  return {
    ...suggestion,
    id: suggestion.id as string,
    firstName: suggestion.firstName as string,
    lastName: suggestion.lastName as string,
    kind: suggestion.kind ?? { fixed: 'student' },
  };
};
