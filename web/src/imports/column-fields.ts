/** The fields read from one column each, in the order the table shows them. */
export const columnFields = [
  'id',
  'lastName',
  'firstName',
  'classCode',
  'levelCode',
  'email',
  'phone',
  'badgeNumber',
  'guardianOf',
] as const;

export type ColumnField = (typeof columnFields)[number];
