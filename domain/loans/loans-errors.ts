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
  // L4 photos
  'too_many_photos',
  'photo_not_an_image',
  // Loans (to come)
  // L3 overdue and campaign
  /** The borrower has a loan past its end date: no new loan until it is back. */
  'borrower_overdue',
  /** A campaign for a school year already over. */
  'campaign_year_past',
  /** A renewal is answered or decided only while it is asked for. */
  'renewal_not_open',
  // L1 loans
  /** An item is held by another loan over some of the days asked (the answer names them). */
  'item_held',
  /** The school's rules do not lend this family or kind to this borrower (their profile or level). */
  'not_allowed_to_borrow',
  /** The loan's status does not allow that decision (a loan handed over is not cancelled). */
  'loan_move_not_allowed',
  /** An item out of order, in servicing, retired, or the planning's equipment is not lent. */
  'item_not_lendable',
  /** Approving needs an item; for an « any » request, one of the kind asked. */
  'item_needed',
  'item_not_of_kind',
  /** Refusing says why. */
  'reason_needed',
  /** A request names an item or the kind wanted, not both nor neither. */
  'item_or_kind_needed',
  'end_before_start',
  'start_in_past',
  'loan_too_long',
  // L6 the school's rules of lending
  /** The rules changed since they were read: another staff member saved first (409). */
  'loan_rules_stale',
  /** Two rules for the same family and kinds: the second would never apply. */
  'loan_rule_repeated',
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

// L6 the school's rules of lending
/** Staff saved the rules on a version another save has replaced meanwhile: read them again (409 `loan_rules_stale`). */
export class LoanRulesStaleError extends ConflictError {
  constructor(readonly expectedVersion: number) {
    super(
      'loan_rules_stale',
      `The rules of lending changed since version ${expectedVersion}: read them again`,
      {
        expectedVersion,
      },
    );
    this.name = 'LoanRulesStaleError';
  }
}
