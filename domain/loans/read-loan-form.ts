import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import { scopesHeld } from '#domain/identity/rights';
import { AccessDeniedError, NotFoundError } from '#domain/shared/errors';
import type { Item } from './item';
import type { Loan } from './loan';
import { contractOf, insuranceRequired } from './loan-contract';
import type { LoanFormPorts } from './loans-ports';

const school = { kind: 'school' } as const;

/** Of age on `day` (`YYYY-MM-DD`): 18 years from the birth date in the directory. */
export const isOfAge = (birthDate: string, day: string) => {
  const eighteenth = `${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}`;
  return eighteenth <= day;
};

/**
 * Whether the borrower signs through a guardian: a pupil under 18 on `day`, or a pupil whose birth date the
 * directory does not know (the school asks the family rather than guess); an adult otherwise (a teacher).
 */
export const isMinor = (borrower: { profiles: readonly string[]; birthDate?: string }, day: string) =>
  borrower.birthDate ? !isOfAge(borrower.birthDate, day) : borrower.profiles.includes('student');

/**
 * A loan, for whoever may see its form: staff and the head of school (`loans:write`), the borrower and a guardian of
 * theirs (`loans:sign`: a stranger's loan answers 404, as if it did not exist). Those with neither right get 403.
 */
export const loanForParty = async (loanId: string, actor: Actor, ports: LoanFormPorts) => {
  const keeper = scopesHeld('loans:write', actor.profiles).size > 0;
  if (!keeper && scopesHeld('loans:sign', actor.profiles).size === 0)
    throw new AccessDeniedError(actor.personId, 'loans:sign', `loan ${loanId}`, false);
  const loan = await ports.loans.loan(loanId);
  if (!loan) throw new NotFoundError('loan', loanId);
  if (keeper) await authorize(actor, 'loans:write', school, ports.relations);
  else await authorize(actor, 'loans:sign', { kind: 'person', personId: loan.borrowerId }, ports.relations);
  return { loan, keeper };
};

/** A loan for the staff who hand it over and check it: `loans:write`. */
export const loanForKeeper = async (loanId: string, actor: Actor, ports: LoanFormPorts) => {
  await authorize(actor, 'loans:write', school, ports.relations);
  const loan = await ports.loans.loan(loanId);
  if (!loan) throw new NotFoundError('loan', loanId);
  return loan;
};

export const itemOfLoan = async (loan: Loan, ports: LoanFormPorts): Promise<Item> => {
  const item = loan.itemId ? await ports.inventory.item(loan.itemId) : undefined;
  if (!item) throw new NotFoundError('item', loan.itemId ?? '(none)');
  return item;
};

/**
 * The loan's form as its page shows it and its PDF prints it: the loan (its drawn signature aside, which only the
 * PDF prints), the item, the contract's content, whether insurance is needed, and what the reader may do.
 */
export const readLoanForm = async (loanId: string, actor: Actor, ports: LoanFormPorts) => {
  const { loan, keeper } = await loanForParty(loanId, actor, ports);
  const item = await itemOfLoan(loan, ports);
  const borrower = await ports.people.person(loan.borrowerId);
  if (!borrower) throw new NotFoundError('person', loan.borrowerId);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ports.school.timeZone }).format(
    ports.clock.now(),
  );
  const minor = isMinor(borrower, today);
  const signer =
    loan.signature?.role === 'guardian' ? await ports.people.person(loan.signature.personId) : undefined;
  const contract = contractOf({
    loan,
    item,
    school: ports.school,
    borrower,
    ...(signer && { guardian: signer }),
    minor,
  });
  const maySign =
    loan.status === 'approved' &&
    !keeper &&
    (minor ? actor.personId !== loan.borrowerId : actor.personId === loan.borrowerId);
  return {
    loan,
    item,
    borrower: { personId: borrower.personId, firstName: borrower.firstName, lastName: borrower.lastName },
    minor,
    contract,
    insuranceRequired: insuranceRequired(loan, item),
    keeper,
    maySign,
  };
};

/** An item's loans, by start, for the staff who keep them: their number, dates and status, no signature. */
export const listItemLoans = async (itemId: string, actor: Actor, ports: LoanFormPorts) => {
  await authorize(actor, 'loans:write', school, ports.relations);
  const loans = await ports.loans.itemLoans(itemId);
  return loans.map(({ loanId, number, borrowerId, startDate, endDate, status, kind, returned }) => ({
    loanId,
    ...(number && { number }),
    borrowerId,
    startDate,
    endDate,
    status,
    kind,
    ...(returned && { returned }),
  }));
};
