import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { daysFrom } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { NotFoundError, RefusedError, ValidationError } from '#domain/shared/errors';
import type { Item, ItemFamily } from './item';
import { holdingStatuses, type Loan } from './loan';
import { type LoanRequestInput, maxLoanDays } from './loan-input';
import { type LoanRule, mayBorrow, ruleFor } from './loan-rules';
import { BorrowerOverdueError } from './loans-errors';
import type { LoanPorts } from './loans-ports';
import { isBlockedBorrower } from './remind-overdue-loans';

/** The item statuses and conditions that keep an item off loan; the planning's equipment is never lent. */
export const isLendable = (item: Item) =>
  item.family !== 'equipment' &&
  item.condition !== 'out-of-order' &&
  item.status !== 'retired' &&
  item.status !== 'in-servicing';

/** The dates of a request: from today on, the end on or after the start, a year at most. */
export const checkLoanDates = (input: { startDate: string; endDate: string }, today: string) => {
  if (input.startDate < today)
    throw new ValidationError('startDate', 'must be today or later', 'start_in_past');
  if (input.endDate < input.startDate)
    throw new ValidationError('endDate', 'must be on or after the start', 'end_before_start');
  if (daysFrom(input.startDate, input.endDate) + 1 > maxLoanDays)
    throw new ValidationError(
      'endDate',
      `must be at most ${maxLoanDays} days after the start`,
      'loan_too_long',
    );
};

/** What a borrower asks for: an item of the inventory, or any item of a family's kind. */
const wantedOf = async (input: LoanRequestInput, ports: LoanPorts) => {
  if ((input.itemId === undefined) === (input.wanted === undefined))
    throw new ValidationError('itemId', 'name an item or the kind wanted, not both', 'item_or_kind_needed');
  if (input.wanted) return { family: input.wanted.family, kind: input.wanted.kind, item: undefined };
  const item = await ports.inventory.item(input.itemId as string);
  if (!item) throw new NotFoundError('item', input.itemId as string);
  if (!isLendable(item))
    throw new ValidationError('itemId', `${item.kind} is not lent now`, 'item_not_lendable');
  return { family: item.family as ItemFamily, kind: item.kind, item };
};

/** The school's rule for what is asked, if it lends it to this borrower. */
const ruleForBorrower = async (
  borrowerId: string,
  wanted: { family: ItemFamily; kind: string },
  ports: LoanPorts,
): Promise<{ rule: LoanRule; pupil: boolean }> => {
  const person = await ports.directory.person(borrowerId);
  if (!person) throw new NotFoundError('person', borrowerId);
  const level = person.classId ? (await ports.directory.schoolClass(person.classId))?.level : undefined;
  const rule = ruleFor(await ports.rules(), wanted.family, wanted.kind);
  if (!rule || !mayBorrow(rule, { profiles: person.profiles, ...(level && { level }) }))
    throw new RefusedError(
      'not_allowed_to_borrow',
      `The school does not lend ${wanted.kind} to this borrower`,
    );
  return { rule, pupil: person.profiles.includes('student') };
};

/**
 * A request to borrow, from a pupil, a guardian for their child, a teacher, or staff for anyone.
 * 1. who for (`loans:request` on the borrower: another's child is not found); 2. the dates; 3. the item or the
 * kind asked, and the school's rule for it and this borrower (`403 not_allowed_to_borrow`); 4. the loan, requested,
 * with its terms and whether it is the borrower's first (the waiting list serves first-years first).
 */
export const requestLoan = async (input: LoanRequestInput, actor: Actor, ports: LoanPorts) => {
  const borrowerId = input.borrowerId ?? actor.personId;
  await authorize(actor, 'loans:request', { kind: 'person', personId: borrowerId }, ports.relations);
  const now = ports.clock.now();
  checkLoanDates(input, todayInZone(now, ports.school.timeZone));
  const wanted = await wantedOf(input, ports);
  const { rule, pupil } = await ruleForBorrower(borrowerId, wanted, ports);
  const earlier = await ports.loans.ofBorrower(borrowerId);
  // A borrower with a loan past its end date borrows nothing more until it is back.
  if (isBlockedBorrower(earlier, todayInZone(now, ports.school.timeZone)))
    throw new BorrowerOverdueError(borrowerId);
  const at = now.toISOString();
  const loan: Loan = {
    loanId: ports.newId(),
    borrowerId,
    requestedBy: actor.personId,
    ...(wanted.item
      ? { itemId: wanted.item.itemId }
      : { wanted: { family: wanted.family, kind: wanted.kind } }),
    family: wanted.family,
    itemKind: wanted.kind,
    firstLoan:
      pupil && !earlier.some((loan) => holdingStatuses.includes(loan.status) || loan.status === 'returned'),
    startDate: input.startDate,
    endDate: input.endDate,
    bufferDays: rule.bufferDays,
    status: 'requested',
    kind: rule.kind,
    ...(rule.feeCents !== undefined && { feeCents: rule.feeCents }),
    ...(rule.depositCents !== undefined && { depositCents: rule.depositCents }),
    ...(input.note && { note: input.note }),
    reminders: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  await ports.loans.create(loan, []);
  return loan;
};
