import type { ImportSource } from './import-job';
import type { ImportSnapshot } from './import-snapshot';
import { UnreadableFileError } from './import-snapshot';
import { mergeSnapshots } from './merge-snapshots';
import { parseOneRoster } from './oneroster/parse-oneroster';
import { unzipBundle } from './oneroster/unzip-bundle';
import { parseSiecleFile } from './siecle/parse-siecle-file';
import { parseSpreadsheet } from './spreadsheet/parse-spreadsheet';
import type { SpreadsheetMapping } from './spreadsheet/spreadsheet-mapping';
import { parseStsweb } from './stsweb/parse-stsweb';

/**
 * Reads the files of a job into one snapshot, by the source the administrator chose. A OneRoster bundle comes as
 * its CSV files or as one zip; spreadsheets are read with their column mapping.
 */
export const readImportSnapshot = (
  source: Exclude<ImportSource, 'timetable'>,
  files: ReadonlyMap<string, Uint8Array>,
  today: string,
  spreadsheet?: { sourceName: string; mapping: SpreadsheetMapping },
): ImportSnapshot => {
  switch (source) {
    case 'siecle':
      return mergeSnapshots([...files].map(([name, bytes]) => parseSiecleFile(bytes, name, today)));
    case 'stsweb':
      return mergeSnapshots([...files].map(([name, bytes]) => parseStsweb(bytes, name)));
    case 'oneroster':
      return parseOneRoster(oneRosterFiles(files), { today });
    case 'spreadsheet':
      if (!spreadsheet) {
        throw new UnreadableFileError([...files.keys()].join(', '), 'needs its column mapping to be read');
      }
      return mergeSnapshots(
        [...files].map(([name, bytes]) =>
          parseSpreadsheet(bytes, name, spreadsheet.mapping, spreadsheet.sourceName),
        ),
      );
  }
};

const oneRosterFiles = (files: ReadonlyMap<string, Uint8Array>) => {
  const [name, bytes] = [...files][0] ?? [];
  return files.size === 1 && name?.toLowerCase().endsWith('.zip') && bytes ? unzipBundle(bytes, name) : files;
};
