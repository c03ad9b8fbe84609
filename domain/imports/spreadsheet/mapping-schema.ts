import * as z from 'zod/mini';
import type { SpreadsheetMapping } from './spreadsheet-mapping';

const column = z
  .string('must be a column header')
  .check(z.minLength(1, 'must not be empty'), z.maxLength(120));
const kinds = [
  'student',
  'guardian',
  'teacher',
  'staff',
  'guest-artist',
  'supplier',
  'client',
  'partner',
] as const;

/** A mapping as the portal sends it: header names for each field. */
export const spreadsheetMappingSchema = z.strictObject({
  id: column,
  firstName: column,
  lastName: column,
  kind: z.union([
    z.strictObject({ column }),
    z.strictObject({ fixed: z.enum(kinds, `must be one of ${kinds.join(', ')}`) }),
  ]),
  classCode: z.optional(column),
  levelCode: z.optional(column),
  email: z.optional(column),
  phone: z.optional(column),
  birthDate: z.optional(z.strictObject({ column, format: z.enum(['dd/mm/yyyy', 'yyyy-mm-dd']) })),
  badgeNumber: z.optional(column),
  guardianOf: z.optional(column),
}) satisfies z.ZodMiniType<SpreadsheetMapping>;
