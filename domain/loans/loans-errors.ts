/**
 * The codes of the instruments' refusals, by part: the inventory and its imports, the public catalogues, and the
 * loans that come next.
 */
export const loansErrorCodes = [
  // L1 inventory
  'serial_number_taken',
  'item_id_taken',
  'already_imported',
  'status_set_by_loans',
  'item_on_loan',
  'out_of_order_not_available',
  'family_not_movable',
  'import_file_unreadable',
  'import_column_unknown',
  'import_kind_column_needed',
  'import_too_long',
  // L1 public catalogues
  // L4 photos
  'too_many_photos',
  'photo_not_an_image',
  // Loans (to come)
] as const;
export type LoansErrorCode = (typeof loansErrorCodes)[number];
