import type { Loan } from '#domain/loans/loan';

/** A 1 × 1 PNG, as a canvas's `toDataURL()` gives one. */
export const tinyPng =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** A loan the desk approved (L1 writes them): the form to sign, for tests to start from. */
export const approvedLoan = (
  loan: Pick<Loan, 'loanId' | 'borrowerId' | 'itemId' | 'startDate' | 'endDate'> & Partial<Loan>,
): Loan => ({
  number: `P2026-${loan.loanId.slice(-4)}`,
  requestedBy: loan.borrowerId,
  bufferDays: 2,
  status: 'approved',
  kind: 'free',
  depositCents: 15_000,
  reminders: [],
  version: 1,
  createdAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  ...loan,
});
