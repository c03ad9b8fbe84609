import type { DateFormat } from '../csv/calendar-date';
import type { ImportedKind } from '../import-snapshot';

/**
 * Which column of a spreadsheet's CSV holds what, by header name. Plain JSON: the administration saves one per
 * source (the conservatoire's registrations, the canteen's badges…) and reuses it for the next file.
 */
export interface SpreadsheetMapping {
  /** The row's stable identifier in the source; it becomes `csv:<source>:<id>`. */
  id: string;
  firstName: string;
  lastName: string;
  /** A column whose words say the kind ("élève", "parent", "professeur"…), or one kind for every row. */
  kind: { column: string } | { fixed: ImportedKind };
  classCode?: string;
  levelCode?: string;
  email?: string;
  phone?: string;
  birthDate?: { column: string; format: DateFormat };
  badgeNumber?: string;
  /** On a guardian's row, the id (or ids, separated by `,`, `;` or `|`) of the children. */
  guardianOf?: string;
}

/** The columns a mapping reads, which the file must have. */
export const mappedColumns = (mapping: SpreadsheetMapping): string[] =>
  [
    mapping.id,
    mapping.firstName,
    mapping.lastName,
    'column' in mapping.kind ? mapping.kind.column : undefined,
    mapping.classCode,
    mapping.levelCode,
    mapping.email,
    mapping.phone,
    mapping.birthDate?.column,
    mapping.badgeNumber,
    mapping.guardianOf,
  ].filter((column): column is string => column !== undefined);
