import { unzipSync } from 'fflate';
import { UnreadableFileError } from '../import-snapshot';

/**
 * The files of a zipped OneRoster bundle by their path in the zip (`users.csv`, or `export/users.csv` when the
 * bundle was zipped with its folder); `readOneRosterBundle` finds the folder that holds the manifest.
 */
export const unzipBundle = (zipBytes: Uint8Array, zipName = 'oneroster.zip'): Map<string, Uint8Array> => {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zipBytes, { filter: (file) => isBundleFile(file.name) });
  } catch {
    throw new UnreadableFileError(zipName, 'is not a zip file');
  }
  return new Map(Object.entries(entries));
};

// macOS adds `__MACOSX/._users.csv` resource forks that are not CSV.
const isBundleFile = (path: string) => path.toLowerCase().endsWith('.csv') && !path.includes('__MACOSX/');
