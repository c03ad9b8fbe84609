/** What a column of a school's spreadsheet may be: the user says which column is which. */
export const importFields = [
  'kind',
  'family',
  'maker',
  'model',
  'serialNumber',
  'year',
  'value',
  'condition',
  'location',
  'accessories',
  'notes',
  'sourceId',
] as const;
export type ImportField = (typeof importFields)[number];
export type ColumnMapping = Partial<Record<ImportField, string>>;
