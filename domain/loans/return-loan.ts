import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { plusDays } from '#domain/shared/calendar/calendar-days';
import { ConflictError, StaleVersionError } from '#domain/shared/errors';
import { itemMoveOf } from './hand-over-loan';
import type { Item, ItemCondition } from './item';
import { itemConditions } from './item';
import type { Loan } from './loan';
import type { LoanFormPorts } from './loans-ports';
import { itemOfLoan, loanForKeeper } from './read-loan-form';

export const returnInputSchema = z.strictObject({
  condition: z.enum(itemConditions, `must be one of ${itemConditions.join(', ')}`),
  notes: z.optional(z.string().check(z.trim(), z.maxLength(2000, 'must be at most 2000 characters'))),
  /** Staff's choice, suggested by the portal when the check found something (`servicingSuggested`). */
  openServicing: z._default(z.boolean('must be true or false'), false),
  version: z.int('must be the version you read').check(z.gte(1, 'must be the version you read')),
});
export type ReturnInput = z.output<typeof returnInputSchema>;

/**
 * What a return does to the item: servicing when staff open a ticket, or when it came back out of order (it is
 * never `available` then); `available` otherwise. Its condition is the one noted.
 */
export const decideReturn = (input: { condition: ItemCondition; openServicing: boolean }) => {
  const servicing = input.openServicing || input.condition === 'out-of-order';
  return { status: servicing ? ('in-servicing' as const) : ('available' as const), servicing };
};

/**
 * Staff check a loan's item back in:
 * 1. the loan is `out` (409 `loan_not_out`) at the version read (412);
 * 2. the condition and notes are noted on the loan; the item takes that condition and goes `available`, or
 *    `in-servicing` with a servicing ticket in its history (`decideReturn`);
 * 3. the item's day marks after today up to the loan's end and buffer are released when they are this loan's;
 * all in one transaction with the item's history line, event and audit entry.
 */
export const returnLoan = async (loanId: string, input: ReturnInput, actor: Actor, ports: LoanFormPorts) => {
  const loan = await loanForKeeper(loanId, actor, ports);
  if (loan.status !== 'out')
    throw new ConflictError(
      'loan_not_out',
      `Loan ${loanId} is ${loan.status}: only a loan handed over comes back`,
    );
  if (loan.version !== input.version) throw new StaleVersionError('loan', loanId, input.version);
  const item = await itemOfLoan(loan, ports);
  const now = ports.clock.now();
  const at = now.toISOString();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ports.school.timeZone }).format(now);
  const { status, servicing } = decideReturn(input);
  const ticketId = servicing ? ports.newId() : undefined;
  const { onLoanUntil: _until, ...rest } = item;
  const next: Omit<Item, 'version' | 'updatedAt' | 'updatedBy'> = {
    ...rest,
    status,
    condition: input.condition,
  };
  const move = itemMoveOf(
    item,
    next,
    {
      loanId,
      change: servicing ? 'servicing' : 'returned',
      at,
      by: actor.personId,
      ...(ticketId && { servicing: { ticketId, ...(input.notes && { notes: input.notes }) } }),
    },
    ports,
  );
  const returned: Loan = {
    ...loan,
    status: 'returned',
    returned: {
      at,
      by: actor.personId,
      condition: input.condition,
      ...(input.notes && { notes: input.notes }),
      ...(ticketId && { servicingTicketId: ticketId }),
    },
    version: loan.version + 1,
    updatedAt: at,
  };
  await ports.loans.save(returned, loan.version, move, {
    itemId: item.itemId,
    after: today,
    through: plusDays(loan.endDate, loan.bufferDays),
  });
  return { loan: returned, item: move.change.item };
};

/** Staff record the deposit given back once the item is back: when and by whom, once. */
export const returnDeposit = async (loanId: string, version: number, actor: Actor, ports: LoanFormPorts) => {
  const loan = await loanForKeeper(loanId, actor, ports);
  if (!loan.depositCents) throw new ConflictError('no_deposit', `Loan ${loanId} took no deposit`);
  if (loan.depositReturnedAt)
    throw new ConflictError('deposit_already_returned', `The deposit of loan ${loanId} was returned already`);
  if (loan.status !== 'returned')
    throw new ConflictError(
      'loan_not_returned',
      `Loan ${loanId} is ${loan.status}: the item comes back first`,
    );
  if (loan.version !== version) throw new StaleVersionError('loan', loanId, version);
  const at = ports.clock.now().toISOString();
  const recorded: Loan = {
    ...loan,
    depositReturnedAt: at,
    depositReturnedBy: actor.personId,
    version: loan.version + 1,
    updatedAt: at,
  };
  await ports.loans.save(recorded, loan.version);
  return recorded;
};
