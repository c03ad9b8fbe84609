import type { DateFormat } from '#domain/imports/csv/calendar-date';
import { type ColumnField, columnFields } from './column-fields';
import type { ImportedKind, SpreadsheetMapping } from './import-job';

export { type ColumnField, columnFields };

/** Without them a row is nobody: the API refuses a mapping that lacks one. */
export const requiredFields: readonly ColumnField[] = ['id', 'lastName', 'firstName'];

export const importedKinds: readonly ImportedKind[] = [
  'student',
  'guardian',
  'teacher',
  'staff',
  'guest-artist',
  'supplier',
  'client',
  'partner',
];

export const dateFormats: readonly DateFormat[] = ['dd/mm/yyyy', 'yyyy-mm-dd'];

/** A mapping as the form edits it: a header (maybe blank) per field, the kind read from a column or fixed. */
export interface MappingDraft {
  columns: Record<ColumnField, string>;
  /** Empty while the kind is read from `kindColumn`. */
  fixedKind: ImportedKind | '';
  kindColumn: string;
  birthDateColumn: string;
  birthDateFormat: DateFormat;
}

/** The draft of the mapping a dry run used; without one (no header recognised), every field starts blank. */
export const draftOf = (mapping: SpreadsheetMapping | null | undefined): MappingDraft => ({
  columns: Object.fromEntries(columnFields.map((field) => [field, mapping?.[field] ?? ''])) as Record<
    ColumnField,
    string
  >,
  fixedKind: mapping && 'fixed' in mapping.kind ? mapping.kind.fixed : '',
  kindColumn: mapping && 'column' in mapping.kind ? mapping.kind.column : '',
  birthDateColumn: mapping?.birthDate?.column ?? '',
  birthDateFormat: mapping?.birthDate?.format ?? 'dd/mm/yyyy',
});

/** A field the mapping cannot do without, as the form names it. */
export type MissingField = ColumnField | 'kind';

/**
 * The mapping to send: headers trimmed, blank optional fields left out (the API refuses an empty header).
 * Or the required fields still blank.
 */
export const mappingOf = (
  draft: MappingDraft,
): { mapping: SpreadsheetMapping; missing?: never } | { missing: MissingField[]; mapping?: never } => {
  const header = (text: string) => text.trim();
  const kindColumn = header(draft.kindColumn);
  const missing: MissingField[] = [
    ...requiredFields.filter((field) => !header(draft.columns[field])),
    ...(draft.fixedKind || kindColumn ? [] : (['kind'] as const)),
  ];
  if (missing.length > 0) return { missing };

  const optional = Object.fromEntries(
    columnFields
      .filter((field) => !requiredFields.includes(field))
      .flatMap((field) => (header(draft.columns[field]) ? [[field, header(draft.columns[field])]] : [])),
  );
  const birthDateColumn = header(draft.birthDateColumn);
  return {
    mapping: {
      id: header(draft.columns.id),
      firstName: header(draft.columns.firstName),
      lastName: header(draft.columns.lastName),
      kind: draft.fixedKind ? { fixed: draft.fixedKind } : { column: kindColumn },
      ...optional,
      ...(birthDateColumn && { birthDate: { column: birthDateColumn, format: draft.birthDateFormat } }),
    },
  };
};
