import type { Actor } from '#domain/identity/actor';
import { authorize } from '#domain/identity/authorize';
import type { NotificationDraft } from '#domain/messaging/notification';
import type { Person } from '#domain/people/person';
import { daysFrom, plusDays } from '#domain/shared/calendar/calendar-days';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { instantOf } from '#domain/shared/calendar/zoned-instant';
import { elisionOfKind, genderOfKind, kindInSentence } from './instrument-words';
import type { Loan, LoanReminder } from './loan';
import { BorrowerOverdueError } from './loans-errors';
import type { BorrowerLoans, OverduePorts } from './loans-ports';

/**
 * Overdue loans (issue 19): a loan `out` whose end date has passed is reminded in three steps, each once:
 * 1. the borrower, the day after the end date;
 * 2. the borrower's guardians, 7 days after it (a minor's; an adult borrower has none to tell and goes to step 3);
 * 3. the staff who keep the loans, 14 days after it.
 * Until it is back, its borrower may not borrow again (`assertNotBlocked`).
 */
export const reminderSteps = [
  { step: 1, afterDays: 1 },
  { step: 2, afterDays: 7 },
  { step: 3, afterDays: 14 },
] as const;

/** A loan is overdue from the day after its end date (inclusive) while it is out. */
export const isOverdue = (loan: Pick<Loan, 'status' | 'endDate'>, today: string) =>
  loan.status === 'out' && loan.endDate < today;

export const daysLate = (loan: Pick<Loan, 'endDate'>, today: string) =>
  Math.max(0, daysFrom(loan.endDate, today));

/** The last step a loan has had. */
export const lastStepOf = (loan: Pick<Loan, 'reminders'>) =>
  Math.max(0, ...loan.reminders.map((reminder) => reminder.step));

/**
 * The step due today, if any: the highest one whose day has come and that was not sent (a run missed on some days
 * sends only the latest step). An adult borrower's step 2 is skipped: nobody answers for them.
 */
export const reminderStepDue = (
  loan: Pick<Loan, 'status' | 'endDate' | 'reminders'>,
  today: string,
  borrowerIsMinor: boolean,
): LoanReminder['step'] | undefined => {
  if (!isOverdue(loan, today)) return undefined;
  const late = daysLate(loan, today);
  const reached = reminderSteps
    .filter(({ step }) => borrowerIsMinor || step !== 2)
    .filter(({ afterDays }) => late >= afterDays)
    .map(({ step }) => step);
  const step = reached.at(-1);
  return step !== undefined && step > lastStepOf(loan) ? step : undefined;
};

/** The day a step became due: the guardians' and staff's reminders say how late the loan is from it. */
export const stepDay = (loan: Pick<Loan, 'endDate'>, step: LoanReminder['step']) =>
  plusDays(loan.endDate, reminderSteps.find((entry) => entry.step === step)?.afterDays ?? 1);

/**
 * Whether a borrower is a minor, whose guardians answer for the loan: a pupil under 18 today, or a pupil whose
 * birth date the school does not hold. Teachers and other adults are not.
 */
export const isMinor = (person: Pick<Person, 'profiles' | 'birthDate'> | undefined, today: string) => {
  if (!person?.profiles.includes('student')) return false;
  if (!person.birthDate) return true;
  const [year, ...rest] = person.birthDate.split('-');
  return `${Number(year) + 18}-${rest.join('-')}` > today;
};

/** A borrower is blocked while one of their loans is out past its end date. */
export const isBlockedBorrower = (loans: readonly Pick<Loan, 'status' | 'endDate'>[], today: string) =>
  loans.some((loan) => isOverdue(loan, today));

/**
 * Refuses a new loan to a borrower with an overdue one (`borrower_overdue`): one query of their loans. The request
 * and the decision call it: `await assertNotBlocked(ports, borrowerId)`.
 */
export const assertNotBlocked = async (
  ports: { borrowers: BorrowerLoans; clock: OverduePorts['clock']; school: { timeZone: string } },
  borrowerId: string,
) => {
  const today = todayInZone(ports.clock.now(), ports.school.timeZone);
  if (isBlockedBorrower(await ports.borrowers.loansOf(borrowerId), today))
    throw new BorrowerOverdueError(borrowerId);
};

/** Where each reminder leads: the borrower's and guardians' loans, the desk's « Relances ». */
export const overdueLinks = { borrower: '/mes-prets', staff: '/instruments/relances' } as const;

/**
 * The notification of a step: the instrument and its end date, how late it is; never the borrower's name, so a
 * guardian of two, or staff, read what concerns the loan only. Its id and time are the step's, so a retried run
 * that reaches the feed again adds nothing.
 */
export const overdueDraft = (
  loan: Loan,
  kind: string,
  step: LoanReminder['step'],
  recipientIds: readonly string[],
  today: string,
  timeZone: string,
): NotificationDraft => ({
  notificationId: `loan-overdue#${loan.loanId}#${step}`,
  occurredAt: instantOf(stepDay(loan, step), '08:00', timeZone),
  kind: 'loan',
  subject: 'loan-overdue',
  params: {
    instrument: kindInSentence(kind),
    gender: genderOfKind(kind),
    elision: elisionOfKind(kind),
    date: loan.endDate,
    days: String(daysLate(loan, today)),
    step: String(step),
    ...(step === 3 && loan.number ? { number: loan.number } : {}),
  },
  link: step === 3 ? overdueLinks.staff : overdueLinks.borrower,
  urgent: false,
  recipientIds,
});

/**
 * The daily run (08:00, school time): for each loan out past its end date, the step due is claimed on the loan
 * with a conditional write BEFORE anyone is told, so a rerun, or two runs at once, tell nobody twice; a
 * notification that fails gives its claim back for the next run. One query of the loans out, paged.
 */
export const remindOverdueLoans = async (ports: OverduePorts) => {
  const now = ports.clock.now();
  const today = todayInZone(now, ports.school.timeZone);
  const loans = await ports.overdue.outEndedBefore(today);
  const borrowers = new Map(
    (await ports.directory.people([...new Set(loans.map((loan) => loan.borrowerId))])).map((person) => [
      person.personId,
      person,
    ]),
  );
  const sent: { loanId: string; step: LoanReminder['step']; recipients: number }[] = [];
  for (const loan of loans) {
    const minor = isMinor(borrowers.get(loan.borrowerId), today);
    const step = reminderStepDue(loan, today, minor);
    if (!step) continue;
    const recipientIds =
      step === 1
        ? [loan.borrowerId]
        : step === 2
          ? await ports.directory.guardiansOf(loan.borrowerId)
          : await ports.overdue.keeperIds();
    const reminder: LoanReminder = { step, at: now.toISOString() };
    if (!(await ports.overdue.claimReminder(loan, reminder))) continue;
    try {
      const item = loan.itemId ? await ports.items.item(loan.itemId) : undefined;
      const kind = item?.kind ?? loan.wanted?.kind ?? 'instrument';
      if (recipientIds.length > 0)
        await ports.notify(overdueDraft(loan, kind, step, recipientIds, today, ports.school.timeZone));
    } catch (error) {
      await ports.overdue.releaseReminder(loan, reminder);
      throw error;
    }
    sent.push({ loanId: loan.loanId, step, recipients: recipientIds.length });
  }
  return sent;
};

/**
 * « Relances », the desk's list: every loan out past its end date, the latest first reminded last, with its
 * days late and the steps sent. Staff read every borrower (`loans:write`), so ids are theirs to open.
 */
export const listOverdueLoans = async (actor: Actor, ports: OverduePorts) => {
  await authorize(actor, 'loans:write', { kind: 'school' }, ports.directory);
  const today = todayInZone(ports.clock.now(), ports.school.timeZone);
  const loans = await ports.overdue.outEndedBefore(today);
  const people = new Map(
    (await ports.directory.people([...new Set(loans.map((loan) => loan.borrowerId))])).map((person) => [
      person.personId,
      person,
    ]),
  );
  const kinds = new Map<string, string>();
  for (const itemId of new Set(loans.flatMap((loan) => (loan.itemId ? [loan.itemId] : []))))
    kinds.set(itemId, (await ports.items.item(itemId))?.kind ?? '');
  return {
    today,
    items: loans
      .map((loan) => {
        const borrower = people.get(loan.borrowerId);
        return {
          loanId: loan.loanId,
          number: loan.number,
          itemId: loan.itemId,
          kind: (loan.itemId && kinds.get(loan.itemId)) || loan.wanted?.kind || '',
          borrower: borrower
            ? { personId: borrower.personId, firstName: borrower.firstName, lastName: borrower.lastName }
            : { personId: loan.borrowerId, firstName: '', lastName: '' },
          endDate: loan.endDate,
          daysLate: daysLate(loan, today),
          step: lastStepOf(loan),
          reminders: loan.reminders,
        };
      })
      .sort((a, b) => b.daysLate - a.daysLate || a.loanId.localeCompare(b.loanId)),
  };
};
