import type { ImportJob } from '#domain/imports/import-job';
import { readImportSnapshot } from '#domain/imports/read-import-snapshot';
import { mappingForFile } from '#domain/imports/spreadsheet/mapping-for-file';
import { keyOf } from '#domain/shared/text';
import type { dynamoMappings } from './dynamo-mappings';

/** A job's files read into one snapshot; a spreadsheet with the mapping given, saved for its source, or suggested. */
export const jobSnapshotReader =
  (mappings: ReturnType<typeof dynamoMappings>, today: string) =>
  async (job: ImportJob, contents: Map<string, Uint8Array>) => {
    if (job.source === 'timetable') throw new Error('A timetable goes to the planning, not the directory');
    if (job.source !== 'spreadsheet' || !job.sourceName) {
      return { snapshot: readImportSnapshot(job.source, contents, today) };
    }
    const [name, bytes] = [...contents][0] ?? ['', new Uint8Array()];
    const mapping = mappingForFile(
      bytes,
      name,
      job.mapping ?? undefined,
      await mappings.find(job.sourceName),
    );
    const spreadsheet = { sourceName: keyOf(job.sourceName), mapping };
    return { snapshot: readImportSnapshot(job.source, contents, today, spreadsheet), mapping };
  };
