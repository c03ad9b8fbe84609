import type { NotificationDraft } from '#domain/messaging/notification';
import type { DirectoryReader } from '#domain/people/directory-ports';
import { todayInZone } from '#domain/shared/calendar/today-in-zone';
import { elisionOfKind, genderOfKind, kindInSentence } from './instrument-words';
import type { Loan, LoanStatus } from './loan';
import { isMinor } from './remind-overdue-loans';

/** The decisions the borrower is told of: granted, on the waiting list, refused (a cancellation is their own). */
export const toldDecisions: readonly LoanStatus[] = ['approved', 'waitlisted', 'refused'];

/** What a decision's event says, as `LoanDecided` carries it. */
export interface DecidedLoan {
  loanId: string;
  borrowerId: string;
  status: string;
  startDate: string;
  endDate: string;
}

export interface LoanNoticePorts {
  loans: { loan(loanId: string): Promise<Loan | undefined> };
  directory: Pick<DirectoryReader, 'person' | 'guardiansOf'>;
  notify(draft: NotificationDraft): Promise<unknown>;
  clock: { now(): Date };
  school: { timeZone: string };
}

/**
 * The notice of a decision: the instrument (its article agreed and elided by the portal's ICU message), the dates,
 * the refusal's reason; the loan's form when granted (where it is signed), « Mes prêts » otherwise. Its id is the
 * event's, so an event delivered twice tells nobody twice; it never names the borrower (a guardian of two reads
 * which instrument).
 */
export const decisionDraft = (
  loan: Loan,
  eventId: string,
  occurredAt: string,
  recipientIds: readonly string[],
): NotificationDraft => {
  const kind = loan.itemKind ?? loan.wanted?.kind ?? 'instrument';
  return {
    notificationId: `loan-decided#${eventId}`,
    occurredAt,
    kind: 'loan',
    subject: 'loan-decided',
    params: {
      instrument: kindInSentence(kind),
      gender: genderOfKind(kind),
      elision: elisionOfKind(kind),
      status: loan.status,
      fromDate: loan.startDate,
      toDate: loan.endDate,
      number: loan.number ?? 'none',
      reason: (loan.status === 'refused' && loan.decision?.reason) || 'none',
    },
    link: loan.status === 'approved' ? `/prets/${encodeURIComponent(loan.loanId)}` : '/mes-prets',
    urgent: false,
    recipientIds,
  };
};

/**
 * On `LoanDecided`: the borrower is told (and a minor's guardians, who sign for them), once per event. The loan is
 * read again for its item's kind and the reason; a decision since overtaken (cancelled, or decided again) is told
 * as the event says it, each by its own event.
 */
export const tellLoanDecision = async (
  decided: DecidedLoan,
  event: { eventId: string; occurredAt: string },
  ports: LoanNoticePorts,
) => {
  if (!(toldDecisions as readonly string[]).includes(decided.status)) return undefined;
  const loan = await ports.loans.loan(decided.loanId);
  if (!loan) return undefined;
  const today = todayInZone(ports.clock.now(), ports.school.timeZone);
  const borrower = await ports.directory.person(decided.borrowerId);
  const guardians = isMinor(borrower, today) ? await ports.directory.guardiansOf(decided.borrowerId) : [];
  const recipientIds = [...new Set([decided.borrowerId, ...guardians])];
  const told: Loan = {
    ...loan,
    status: decided.status as LoanStatus,
    startDate: decided.startDate,
    endDate: decided.endDate,
  };
  await ports.notify(decisionDraft(told, event.eventId, event.occurredAt, recipientIds));
  return { loanId: loan.loanId, status: decided.status, recipients: recipientIds.length };
};
