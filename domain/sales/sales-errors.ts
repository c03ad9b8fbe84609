/**
 * The codes of the sales module's refusals (issue 18), one section per part of the module. Each is worded in
 * `web/src/sales/messages.ts` (`salesErrors`).
 */
export const salesErrorCodes = [
  // S1 clients, grids, quotes
  'invalid_siren',
  'invalid_siret',
  'siret_not_of_siren',
  'invalid_vat_number',
  'vat_number_not_of_siren',
  'chorus_service_code_required',
  'grid_dates_reversed',
  'grids_overlap',
  'rate_needs_place_or_kind',
  'rate_twice',
  'exemption_needs_zero_rate',
  'no_grid_for_date',
  'no_rate_for_slot',
  'unknown_extra',
  'unknown_client',
  'unknown_place',
  'slot_reversed',
  'slot_too_long',
  'slot_not_free',
  'quote_not_editable',
  'quote_state',
  'quote_invoiced',
  'valid_until_before_issue',
  // S2 holds, client's link, documents
  'slot_held',
  'slot_over_midnight',
  'hold_after_validity',
  'quote_already_answered',
  // S3 invoices
  'quote_not_accepted',
  'quote_already_invoiced',
  'quote_has_deposit',
  'no_deposit_to_balance',
  'deposit_too_large',
  'credit_note_of_credit_note',
  'invoice_not_issued',
  'invoice_not_draft',
  'external_number_taken',
  'no_seller_identity',
  // S4 payments, journal
  'overpayment',
  'invoice_cancelled',
  'draft_not_payable',
  'not_payable',
  'payment_already_cancelled',
] as const;
export type SalesErrorCode = (typeof salesErrorCodes)[number];
