import type { CsvTable } from '../csv/csv-table';
import { readCsvTable } from '../csv/read-csv-table';
import { UnreadableFileError } from '../import-snapshot';
import { modeOf, type OneRosterManifest, readManifest } from './manifest';

/** The files of a bundle that the import reads; the others (orgs, results, resources…) say nothing it needs. */
export const oneRosterTableNames = [
  'users',
  'roles',
  'demographics',
  'classes',
  'courses',
  'enrollments',
  'academicSessions',
] as const;

export type OneRosterTableName = (typeof oneRosterTableNames)[number];

export interface OneRosterBundle {
  manifest: OneRosterManifest;
  /**
   * The manifest lists a file it reads as `delta`: the bundle holds only what changed since the last one, so what
   * it does not list stays as it is, and its rows may name users and classes it does not list.
   */
  delta: boolean;
  /** The files the manifest lists as bulk or delta; `users` is always there. */
  tables: Partial<Record<OneRosterTableName, CsvTable>> & { users: CsvTable };
}

/**
 * Reads a OneRoster CSV bundle from the files of a folder or of a zip (see `unzipBundle`), by path. The bundle is
 * the folder that holds `manifest.csv`, at any depth; its `users.csv` is required, and the other files are read
 * when the manifest lists them as bulk or delta (or does not mention a file that is there).
 */
export const readOneRosterBundle = (files: ReadonlyMap<string, Uint8Array>): OneRosterBundle => {
  const bundleFiles = filesOfBundleFolder(files);
  const manifestBytes = bundleFiles.get('manifest.csv');
  if (!manifestBytes) throw new UnreadableFileError('manifest.csv', 'is missing');
  const manifest = readManifest(readCsvTable(manifestBytes, 'manifest.csv'));
  const tables: Partial<Record<OneRosterTableName, CsvTable>> = {};
  for (const name of oneRosterTableNames) {
    const table = readListedTable(name, manifest, bundleFiles);
    if (table) tables[name] = table;
  }
  const { users } = tables;
  if (!users) throw new UnreadableFileError('users.csv', 'is missing: the bundle has no users to import');
  const delta = oneRosterTableNames.some((name) => tables[name] && modeOf(manifest, name) === 'delta');
  return { manifest, delta, tables: { ...tables, users } };
};

const readListedTable = (
  name: OneRosterTableName,
  manifest: OneRosterManifest,
  bundleFiles: ReadonlyMap<string, Uint8Array>,
): CsvTable | undefined => {
  const file = `${name}.csv`;
  const bytes = bundleFiles.get(file.toLowerCase());
  const mode = modeOf(manifest, name);
  // users.csv is read whatever the manifest says: without it there is nothing to import.
  if (mode === 'absent' && name !== 'users') return undefined;
  if (!bytes && mode !== undefined) {
    throw new UnreadableFileError(file, `is missing, though manifest.csv lists it as ${mode}`);
  }
  return bytes && readCsvTable(bytes, file);
};

/** The files next to the shallowest `manifest.csv`, by lowercased name (OneRoster names are camelCase). */
const filesOfBundleFolder = (files: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> => {
  const entries = [...files].map(([path, bytes]) => ({ ...splitPath(path), bytes }));
  const manifests = entries.filter(({ name }) => name === 'manifest.csv');
  const folder = manifests.sort((a, b) => a.folder.length - b.folder.length)[0]?.folder ?? '';
  return new Map(entries.filter((entry) => entry.folder === folder).map(({ name, bytes }) => [name, bytes]));
};

const splitPath = (path: string) => {
  const parts = path.replaceAll('\\', '/').split('/');
  const name = (parts.pop() ?? '').toLowerCase();
  return { folder: parts.join('/'), name };
};
