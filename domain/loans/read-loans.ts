import { type Actor, fullName } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { scopesHeld } from '#domain/identity/rights';
import { AccessDeniedError, NotFoundError } from '#domain/shared/errors';
import { mayRead } from './decide-loan';
import type { ItemFamily } from './item';
import type { Loan, LoanStatus } from './loan';
import { datesOfMarks } from './loan-holds';
import { waitingListOrder } from './loan-rules';
import type { LoanPorts } from './loans-ports';

/** A loan as an answer shows it: with its borrower's name, read only for loans the reader may read. */
export type LoanView = Loan & { borrowerName?: string };

const keepsTheDesk = (actor: Actor) => scopesHeld('loans:write', actor.profiles).has('any');

const withNames = async (loans: readonly Loan[], ports: LoanPorts): Promise<LoanView[]> => {
  const people = await ports.directory.people([...new Set(loans.map((loan) => loan.borrowerId))]);
  const names = new Map(people.map((person) => [person.personId, fullName(person)]));
  return loans.map((loan) => ({
    ...loan,
    ...(names.has(loan.borrowerId) && { borrowerName: names.get(loan.borrowerId) }),
  }));
};

/** A loan: staff, its requester, its borrower or their guardian; another's is not found. */
export const readLoan = async (loanId: string, actor: Actor, ports: LoanPorts) => {
  const loan = await ports.loans.loan(loanId);
  if (!loan || !(keepsTheDesk(actor) || (await mayRead(loan, actor, ports))))
    throw new NotFoundError('loan', loanId);
  const [view] = await withNames([loan], ports);
  return view as LoanView;
};

/**
 * The loans a reader asks for, each list one query (a guardian's: one per child):
 * - the desk's, of a status (the waiting list in priority order), or an item's: staff;
 * - a person's (their sheet): whoever may request for them;
 * - without a filter: one's own and one's children's.
 */
export const listLoans = async (
  query: { status?: LoanStatus; itemId?: string; borrowerId?: string },
  actor: Actor,
  ports: LoanPorts,
) => {
  const school = { kind: 'school' } as const;
  let loans: Loan[];
  if (query.status) {
    await authorize(actor, 'loans:write', school, ports.relations);
    const ofStatus = await ports.loans.ofStatus(query.status);
    loans = query.status === 'waitlisted' ? waitingListOrder(ofStatus) : ofStatus;
  } else if (query.itemId) {
    await authorize(actor, 'loans:write', school, ports.relations);
    loans = await ports.loans.ofItem(query.itemId);
  } else if (query.borrowerId) {
    await authorize(actor, 'loans:request', { kind: 'person', personId: query.borrowerId }, ports.relations);
    loans = await ports.loans.ofBorrower(query.borrowerId);
  } else {
    if (scopesHeld('loans:request', actor.profiles).size === 0)
      throw new AccessDeniedError(actor.personId, 'loans:request', 'own loans', false);
    const children = actor.profiles.includes('guardian')
      ? await ports.directory.childrenOf(actor.personId)
      : [];
    const lists = await Promise.all([actor.personId, ...children].map((id) => ports.loans.ofBorrower(id)));
    loans = lists.flat().sort((a, b) => b.startDate.localeCompare(a.startDate));
  }
  return { loans: await withNames(loans, ports) };
};

export interface HeldDay {
  date: string;
  /** The status of the loan that holds it; a buffer day is held before or after the span itself. */
  status: LoanStatus;
  buffer?: true;
  /** Only for the staff, and for the reader's own loans and their children's. */
  loanId?: string;
  borrowerId?: string;
}

/**
 * A family's items and the days each is held over a month: two queries (the family's items, its month's marks).
 * Staff see whose loan holds a day; others see which days are held, and their own loans' (or children's).
 */
export const familyAvailability = async (
  query: { family: ItemFamily; month: string },
  actor: Actor,
  ports: LoanPorts,
) => {
  if (
    scopesHeld('loans:read', actor.profiles).size === 0 &&
    scopesHeld('loans:request', actor.profiles).size === 0
  )
    throw new AccessDeniedError(actor.personId, 'loans:read', 'availability', false);
  const [items, holds] = await Promise.all([
    ports.inventory.allOfFamily(query.family),
    ports.loans.holdsOf(query.family, query.month),
  ]);
  const staff = keepsTheDesk(actor);
  const own = new Set([
    actor.personId,
    ...(actor.profiles.includes('guardian') ? await ports.directory.childrenOf(actor.personId) : []),
  ]);
  const heldOf = new Map(
    holds.map((hold) => [
      hold.itemId,
      datesOfMarks(hold.month, hold.days).flatMap((date): HeldDay[] => {
        const loanId = hold.days[`d${date.slice(8)}`] as string;
        const loan = hold.loans[loanId];
        if (!loan) return [];
        const shown = staff || own.has(loan.borrowerId);
        return [
          {
            date,
            status: loan.status,
            ...((date < loan.startDate || date > loan.endDate) && { buffer: true as const }),
            ...(shown && { loanId, borrowerId: loan.borrowerId }),
          },
        ];
      }),
    ]),
  );
  return {
    family: query.family,
    month: query.month,
    items: items
      .filter((item) => item.status !== 'retired')
      .map((item) => ({
        itemId: item.itemId,
        kind: item.kind,
        ...(item.maker && { maker: item.maker }),
        ...(item.model && { model: item.model }),
        status: item.status,
        condition: item.condition,
        held: heldOf.get(item.itemId) ?? [],
      })),
  };
};
