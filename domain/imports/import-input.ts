import * as z from 'zod/mini';
import { schoolYearSchema } from '#domain/shared/input-types';
import { importSources } from './import-job';
import { spreadsheetMappingSchema } from './spreadsheet/mapping-schema';

export const newImportSchema = z.strictObject({
  source: z.enum(
    importSources as ['siecle', 'stsweb', 'oneroster', 'spreadsheet', 'timetable'],
    `must be one of ${importSources.join(', ')}`,
  ),
  files: z
    .array(
      z
        .string('must be a file name')
        .check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'must be at most 200 characters')),
    )
    .check(z.minLength(1, 'must name at least one file'), z.maxLength(20, 'must name at most 20 files')),
  sourceName: z.optional(z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(80))),
  mapping: z.optional(spreadsheetMappingSchema),
  target: z.optional(z.enum(['current', 'next'], 'must be current or next')),
});

/** Applying a job may confirm the school year of its files, when they are not of the year the job fills. */
export const applyImportSchema = z.strictObject({
  confirmYear: z.optional(schoolYearSchema),
});
