import * as z from 'zod/mini';
import type { Actor } from '#domain/identity/actor';
import { ConflictError, StaleVersionError } from '#domain/shared/errors';
import { itemChangedEvent } from './inventory';
import type { Item, ItemChange } from './item';
import type { Loan } from './loan';
import type { ItemMove, LoanFormPorts } from './loans-ports';
import { itemOfLoan, loanForKeeper } from './read-loan-form';

export const loanVersionSchema = z.strictObject({
  version: z.int('must be the version you read').check(z.gte(1, 'must be the version you read')),
});

/** The item's change a loan's move makes, with its event: a line of the item's history naming the loan. */
export const itemMoveOf = (
  previous: Item,
  next: Omit<Item, 'version' | 'updatedAt' | 'updatedBy'>,
  context: {
    loanId: string;
    change: ItemChange['change'];
    at: string;
    by: string;
    servicing?: ItemChange['servicing'];
  },
  ports: Pick<LoanFormPorts, 'school' | 'newId'>,
): ItemMove => {
  const item: Item = { ...next, version: previous.version + 1, updatedAt: context.at, updatedBy: context.by };
  const fields = (['status', 'onLoanUntil', 'condition'] as const).filter(
    (name) => previous[name] !== item[name],
  );
  const change: ItemChange = {
    version: item.version,
    at: context.at,
    by: context.by,
    change: context.change,
    fields,
    item,
    loanId: context.loanId,
    ...(context.servicing && { servicing: context.servicing }),
  };
  return { change, previous, events: [itemChangedEvent(change, previous, ports)] };
};

/**
 * Staff hand a signed loan's item over: the loan goes `out`, the item `on-loan` until the loan's end (the
 * catalogue's « en prêt jusqu’au … »), in one transaction on both versions, with the item's history line, its
 * `ItemChanged` event (the catalogue is written again) and its audit entry.
 */
export const handOverLoan = async (loanId: string, version: number, actor: Actor, ports: LoanFormPorts) => {
  const loan = await loanForKeeper(loanId, actor, ports);
  if (loan.status !== 'signed')
    throw new ConflictError('loan_not_signed', `Loan ${loanId} is ${loan.status}: the form is signed first`);
  if (loan.version !== version) throw new StaleVersionError('loan', loanId, version);
  const item = await itemOfLoan(loan, ports);
  if (!['available', 'reserved'].includes(item.status))
    throw new ConflictError('item_not_available', `Item ${item.itemId} is ${item.status}`);
  const at = ports.clock.now().toISOString();
  const move = itemMoveOf(
    item,
    { ...item, status: 'on-loan', onLoanUntil: loan.endDate },
    { loanId, change: 'lent', at, by: actor.personId },
    ports,
  );
  const out: Loan = { ...loan, status: 'out', handedOutAt: at, version: loan.version + 1, updatedAt: at };
  await ports.loans.save(out, loan.version, move);
  return out;
};
