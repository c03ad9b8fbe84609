import { ConflictError } from '#domain/shared/errors';

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
  // L2 loan form
  'loan_not_signable',
  'minor_signs_through_guardian',
  'adult_signs_own_form',
  'insurance_required',
  'signature_not_png',
  'loan_not_signed',
  'item_not_available',
  'loan_not_out',
  'loan_not_returned',
  'no_deposit',
  'deposit_already_returned',
  'loan_closed',
  // Loans (to come)
  // L3 overdue and campaign
  /** The borrower has a loan past its end date: no new loan until it is back. */
  'borrower_overdue',
  /** A campaign for a school year already over. */
  'campaign_year_past',
  /** A renewal is answered or decided only while it is asked for. */
  'renewal_not_open',
  /** The item is held by another loan on some of the renewal's days. */
  'item_held',
] as const;
export type LoansErrorCode = (typeof loansErrorCodes)[number];

// L3 overdue and campaign
/** A borrower with a loan `out` past its end date asks for another: refused until it is settled (409). */
export class BorrowerOverdueError extends ConflictError {
  constructor(readonly borrowerId: string) {
    super('borrower_overdue', 'The borrower has an instrument to give back first');
    this.name = 'BorrowerOverdueError';
  }
}
