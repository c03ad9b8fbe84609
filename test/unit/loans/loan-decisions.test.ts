import { describe, expect, it } from 'vitest';
import { decideLoan } from '#domain/loans/decide-loan';
import type { Item } from '#domain/loans/item';
import type { Loan } from '#domain/loans/loan';
import { holdMarks } from '#domain/loans/loan-holds';
import { defaultLoanRules, mayBorrow, ruleFor, waitingListOrder } from '#domain/loans/loan-rules';
import { checkLoanDates } from '#domain/loans/request-loan';
import { ConflictError, ValidationError } from '#domain/shared/errors';

const loan = (overrides: Partial<Loan> = {}): Loan => ({
  loanId: 'loan-1',
  borrowerId: 'pupil-1',
  requestedBy: 'pupil-1',
  itemId: 'cello-1',
  startDate: '2027-01-04',
  endDate: '2027-01-31',
  bufferDays: 2,
  status: 'requested',
  kind: 'rental',
  reminders: [],
  version: 1,
  createdAt: '2026-12-07T09:00:00.000Z',
  updatedAt: '2026-12-07T09:00:00.000Z',
  ...overrides,
});

const cello: Item = {
  itemId: 'cello-1',
  family: 'strings',
  kind: 'Violoncelle 4/4',
  condition: 'good',
  accessories: [],
  photos: [],
  status: 'available',
  version: 1,
  updatedAt: '2026-12-07T09:00:00.000Z',
  updatedBy: 'seed',
};
const context = { item: cello, by: 'staff-1', at: '2026-12-07T10:00:00.000Z' };

describe('the school’s rules of lending', () => {
  it('finds a kind’s rule before its family’s, and none for the planning’s equipment', () => {
    const rules = [
      ...defaultLoanRules,
      {
        family: 'strings' as const,
        kinds: ['contrebasse'],
        borrowers: ['teacher' as const],
        bufferDays: 5,
        kind: 'free' as const,
      },
    ];
    expect(ruleFor(rules, 'strings', 'Contrebasse 3/4')?.bufferDays).toBe(5);
    expect(ruleFor(rules, 'strings', 'Violoncelle 4/4')?.kind).toBe('rental');
    expect(ruleFor(rules, 'equipment', 'Vidéoprojecteur')).toBeUndefined();
  });

  it('lends by profile, and to pupils of the levels a rule names', () => {
    const early = ruleFor(defaultLoanRules, 'early-music', 'Viole de gambe');
    if (!early) throw new Error('no rule');
    expect(mayBorrow(early, { profiles: ['student'], level: 'Cycle 2' })).toBe(true);
    expect(mayBorrow(early, { profiles: ['student'], level: 'Cycle 1' })).toBe(false);
    expect(mayBorrow(early, { profiles: ['student'] })).toBe(false);
    expect(mayBorrow(early, { profiles: ['teacher'] })).toBe(true);
    const drums = ruleFor(defaultLoanRules, 'percussion', 'Caisse claire');
    if (!drums) throw new Error('no rule');
    expect(mayBorrow(drums, { profiles: ['student'], level: 'Cycle 3' })).toBe(false);
    expect(mayBorrow(drums, { profiles: ['guardian'] })).toBe(false);
  });

  it('serves the waiting list first-years first, then by the time of the request', () => {
    const order = waitingListOrder([
      loan({ loanId: 'a', createdAt: '2026-12-01T08:00:00Z', firstLoan: false }),
      loan({ loanId: 'b', createdAt: '2026-12-03T08:00:00Z', firstLoan: true }),
      loan({ loanId: 'c', createdAt: '2026-12-02T08:00:00Z', firstLoan: true }),
      loan({ loanId: 'd', createdAt: '2026-11-30T08:00:00Z' }),
    ]);
    expect(order.map(({ loanId }) => loanId)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('takes dates from today on, in order, a year at most', () => {
    const problem = (startDate: string, endDate: string) => {
      try {
        checkLoanDates({ startDate, endDate }, '2026-12-07');
        return undefined;
      } catch (error) {
        return (error as ValidationError).code;
      }
    };
    expect(problem('2026-12-07', '2026-12-07')).toBeUndefined();
    expect(problem('2026-12-06', '2026-12-10')).toBe('start_in_past');
    expect(problem('2026-12-10', '2026-12-09')).toBe('end_before_start');
    expect(problem('2027-01-01', '2027-12-31')).toBeUndefined();
    expect(problem('2027-01-01', '2028-01-02')).toBe('loan_too_long');
  });
});

describe('the marks that hold an item', () => {
  it('marks the span and its buffer days, month by month', () => {
    const marks = holdMarks({ startDate: '2027-01-30', endDate: '2027-02-02', bufferDays: 2 });
    expect(marks).toEqual([
      { month: '2027-01', days: ['d28', 'd29', 'd30', 'd31'] },
      { month: '2027-02', days: ['d01', 'd02', 'd03', 'd04'] },
    ]);
  });

  it('keeps a year’s loan within one transaction: at most 14 months of marks', () => {
    const marks = holdMarks({ startDate: '2027-01-01', endDate: '2027-12-31', bufferDays: 3 });
    expect(marks).toHaveLength(14);
    expect(marks[0]).toEqual({ month: '2026-12', days: ['d29', 'd30', 'd31'] });
  });
});

describe('a decision on a loan', () => {
  it('approves with a lendable item, and holds its days', () => {
    const { next, effects } = decideLoan(loan(), { decision: 'approve' }, context);
    expect(next).toMatchObject({
      status: 'approved',
      itemId: 'cello-1',
      version: 2,
      decision: { by: 'staff-1' },
    });
    expect(effects.hold?.marks[0]).toEqual({
      month: '2027-01',
      days: expect.arrayContaining(['d02', 'd31']),
    });
    expect(effects.release).toBeUndefined();
  });

  it('approves an « any » request with an item of its kind only', () => {
    const any = loan({ itemId: undefined, wanted: { family: 'strings', kind: 'violoncelle 4/4' } });
    expect(decideLoan(any, { decision: 'approve' }, context).next.itemId).toBe('cello-1');
    const violin = { ...cello, itemId: 'violin-1', kind: 'Violon 3/4' };
    expect(() => decideLoan(any, { decision: 'approve' }, { ...context, item: violin })).toThrow(
      expect.objectContaining({ code: 'item_not_of_kind' }),
    );
    expect(() => decideLoan(any, { decision: 'approve' }, { by: 'staff-1', at: context.at })).toThrow(
      expect.objectContaining({ code: 'item_needed' }),
    );
  });

  it('lends no item out of order, in servicing or retired', () => {
    for (const item of [
      { ...cello, condition: 'out-of-order' as const, status: 'in-servicing' as const },
      { ...cello, status: 'retired' as const },
    ])
      expect(() => decideLoan(loan(), { decision: 'approve' }, { ...context, item })).toThrow(
        expect.objectContaining({ code: 'item_not_lendable' }),
      );
  });

  it('refuses with a reason, and releases the days of a loan that held them', () => {
    expect(() => decideLoan(loan(), { decision: 'refuse' }, context)).toThrow(ValidationError);
    const approved = loan({ status: 'approved', version: 2 });
    const { next, effects } = decideLoan(approved, { decision: 'cancel' }, context);
    expect(next.status).toBe('cancelled');
    expect(effects.release?.marks).toEqual(holdMarks(approved));
    expect(effects.hold).toBeUndefined();
  });

  it('moves only as `loanMoves` says: a loan handed over is returned, never cancelled', () => {
    expect(() => decideLoan(loan({ status: 'out' }), { decision: 'cancel' }, context)).toThrow(ConflictError);
    expect(() => decideLoan(loan({ status: 'refused' }), { decision: 'approve' }, context)).toThrow(
      expect.objectContaining({ code: 'loan_move_not_allowed' }),
    );
    expect(decideLoan(loan({ status: 'waitlisted' }), { decision: 'approve' }, context).next.status).toBe(
      'approved',
    );
  });
});
