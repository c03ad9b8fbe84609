import { entryOfLoanDecision } from '#domain/audit/audit-entries';
import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import {
  AccessDeniedError,
  ConflictError,
  NotFoundError,
  StaleVersionError,
  ValidationError,
} from '#domain/shared/errors';
import { newEvent } from '#events/envelope';
import { loanDecided } from '#events/loans/loans-events';
import { type Item, searchFolded } from './item';
import { holdingStatuses, type Loan, type LoanStatus, loanMoves } from './loan';
import { holdMarks } from './loan-holds';
import type { LoanDecisionInput, LoanDecisionKind } from './loan-input';
import type { DecisionEffects, HoldPlan, LoanPorts } from './loans-ports';
import { isLendable } from './request-loan';

const statusOf: Record<LoanDecisionKind, LoanStatus> = {
  approve: 'approved',
  waitlist: 'waitlisted',
  refuse: 'refused',
  cancel: 'cancelled',
};

/** The marks a loan holds on its item (or would hold on this one). */
export const holdPlanOf = (loan: Loan, item: Pick<Item, 'itemId' | 'family'>): HoldPlan => ({
  itemId: item.itemId,
  family: item.family,
  marks: holdMarks(loan),
});

/**
 * A decision on a loan, as the school's rules take it:
 * 1. the move must be in `loanMoves` (a loan handed over is returned, never cancelled): `loan_move_not_allowed`;
 * 2. approving names an item, lendable, and for an « any » request of the kind asked; it holds the item's days;
 * 3. refusing says why;
 * 4. refusing or cancelling a loan that held its item releases its days.
 */
export const decideLoan = (
  previous: Loan,
  input: Pick<LoanDecisionInput, 'decision' | 'reason'>,
  context: { item?: Item; by: string; at: string },
): { next: Loan; effects: DecisionEffects } => {
  const status = statusOf[input.decision];
  if (!loanMoves[previous.status].includes(status))
    throw new ConflictError('loan_move_not_allowed', `A loan ${previous.status} cannot be ${status}`, {
      status: previous.status,
    });
  if (input.decision === 'refuse' && !input.reason)
    throw new ValidationError('reason', 'say why the loan is refused', 'reason_needed');
  const { item } = context;
  if (input.decision === 'approve') {
    if (!item) throw new ValidationError('itemId', 'choose the item to lend', 'item_needed');
    if (!isLendable(item))
      throw new ValidationError('itemId', `${item.kind} is not lent now`, 'item_not_lendable');
    const wanted = previous.wanted;
    if (wanted && (wanted.family !== item.family || searchFolded(wanted.kind) !== searchFolded(item.kind)))
      throw new ValidationError('itemId', `must be a ${wanted.kind}`, 'item_not_of_kind');
  }
  const next: Loan = {
    ...previous,
    status,
    ...(input.decision === 'approve' && item && { itemId: item.itemId, itemKind: item.kind }),
    decision: { by: context.by, at: context.at, ...(input.reason && { reason: input.reason }) },
    version: previous.version + 1,
    updatedAt: context.at,
  };
  const releases = holdingStatuses.includes(previous.status) && previous.itemId !== undefined;
  return {
    next,
    effects: {
      ...(input.decision === 'approve' && item && { hold: holdPlanOf(next, item) }),
      ...(releases && item && { release: holdPlanOf(previous, item) }),
    },
  };
};

/** Staff decide; the requester or the borrower (or their guardian) may cancel their own request. */
const authorizeDecision = async (loan: Loan, decision: LoanDecisionKind, actor: Actor, ports: LoanPorts) => {
  if (decision !== 'cancel') return authorize(actor, 'loans:write', { kind: 'school' }, ports.relations);
  if (loan.requestedBy === actor.personId) return;
  await authorize(actor, 'loans:request', { kind: 'person', personId: loan.borrowerId }, ports.relations);
};

/**
 * A decision on the version read, in one transaction (`LoanStore.decide`): the loan, its number (« P2026-0001 »)
 * and the marks holding its item when approved (`409 item_held` naming the days another loan holds), the marks
 * removed when refused or cancelled, the `LoanDecided` event and the audit entry.
 */
export const decideOnLoan = async (
  loanId: string,
  input: LoanDecisionInput,
  actor: Actor,
  ports: LoanPorts,
) => {
  const previous = await ports.loans.loan(loanId);
  if (!previous) throw new NotFoundError('loan', loanId);
  try {
    await authorizeDecision(previous, input.decision, actor, ports);
  } catch (error) {
    // A loan one may not decide on is one a stranger may not know of.
    if (error instanceof AccessDeniedError && !(await mayRead(previous, actor, ports)))
      throw new NotFoundError('loan', loanId);
    throw error;
  }
  if (previous.version !== input.version) throw new StaleVersionError('loan', loanId, input.version);
  const itemId = input.decision === 'approve' ? (input.itemId ?? previous.itemId) : previous.itemId;
  const item = itemId ? await ports.inventory.item(itemId) : undefined;
  if (itemId && !item && input.decision === 'approve') throw new NotFoundError('item', itemId);
  const now = ports.clock.now();
  const at = now.toISOString();
  const { next, effects } = decideLoan(previous, input, { ...(item && { item }), by: actor.personId, at });
  const numbered = input.decision === 'approve' && !previous.number;
  const year = Number(todayInZone(now, ports.school.timeZone).slice(0, 4));
  return ports.loans.decide(
    next,
    previous,
    { ...effects, ...(numbered && { numberYear: year }) },
    {
      events: (loan) => [
        newEvent(
          loanDecided,
          {
            loanId: loan.loanId,
            ...(loan.number && { number: loan.number }),
            borrowerId: loan.borrowerId,
            requestedBy: loan.requestedBy,
            ...(loan.itemId && { itemId: loan.itemId }),
            status: loan.status,
            previousStatus: previous.status,
            startDate: loan.startDate,
            endDate: loan.endDate,
            by: actor.personId,
          },
          { schoolId: ports.school.schoolId, newId: ports.newId, occurredAt: at },
        ),
      ],
      audit: (loan) => entryOfLoanDecision(loan, actor.personId, at),
    },
  );
};

/** Whether a person may read a loan: staff, its requester, the borrower, their guardian. */
export const mayRead = async (loan: Loan, actor: Actor, ports: LoanPorts) => {
  if (loan.requestedBy === actor.personId) return true;
  try {
    await authorize(actor, 'loans:request', { kind: 'person', personId: loan.borrowerId }, ports.relations);
    return true;
  } catch (error) {
    if (error instanceof AccessDeniedError) return false;
    throw error;
  }
};
