import { type CsvTable, cellOf, requireColumns } from '../csv/csv-table';
import { UnreadableFileError } from '../import-snapshot';

/** The `source.systemName` of the bundles Préau writes: their sourcedIds are the directory's own ids. */
export const preauSystemName = 'Préau';

/** How the manifest says a file is supplied: all records (`bulk`), only changes (`delta`), or not at all. */
export type ProcessingMode = 'bulk' | 'delta' | 'absent';

export interface OneRosterManifest {
  /** `oneroster.version`, such as 1.2 or 1.1. */
  version?: string;
  /** `source.systemName`: `Préau` in the bundles Préau writes. */
  systemName?: string;
  /** `file.<name>` properties by file name without `.csv`, lowercased: `users`, `academicsessions`… */
  modes: ReadonlyMap<string, ProcessingMode>;
}

/** How a file is supplied; `undefined` when the manifest does not say. */
export const modeOf = (manifest: OneRosterManifest, name: string): ProcessingMode | undefined =>
  manifest.modes.get(name.toLowerCase());

const processingModes: readonly string[] = ['bulk', 'delta', 'absent'] satisfies ProcessingMode[];

const isProcessingMode = (value: string): value is ProcessingMode => processingModes.includes(value);

/** Reads `manifest.csv`: `propertyName,value` pairs. */
export const readManifest = (table: CsvTable): OneRosterManifest => {
  requireColumns(table, ['propertyName', 'value']);
  const modes = new Map<string, ProcessingMode>();
  let version: string | undefined;
  let systemName: string | undefined;
  for (const row of table.rows) {
    const property = cellOf(row, 'propertyName');
    const value = cellOf(row, 'value');
    if (property === 'oneroster.version') version = value;
    if (property === 'source.systemName') systemName = value;
    if (!property.startsWith('file.')) continue;
    const mode = value.toLowerCase();
    if (!isProcessingMode(mode)) {
      throw new UnreadableFileError(
        table.file,
        `line ${row.line}: ${property} is "${value}", not bulk, delta or absent`,
      );
    }
    modes.set(property.slice('file.'.length).toLowerCase(), mode);
  }
  return {
    ...(version === undefined ? {} : { version }),
    ...(systemName === undefined ? {} : { systemName }),
    modes,
  };
};
