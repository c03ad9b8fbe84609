import type { LoanStatus } from '#domain/loans/loan';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import { euros } from './download-file';
import type { LoanView } from './loans-api';

/** What a loan is of: its item's kind, or « any » of the kind asked. */
export const loanTitle = (loan: LoanView, format: Format) => {
  const texts = format.messages.loans;
  if (loan.itemId || !loan.wanted) return loan.itemKind ?? loan.itemId ?? '';
  return format.fill(texts.anyOf, { kind: loan.wanted.kind });
};

/** A loan's facts, in one line each: its status, span, number, terms, and why it was refused. */
export const LoanFacts = ({ loan, format }: { loan: LoanView; format: Format }) => {
  const texts = format.messages.loans;
  const terms =
    loan.kind === 'rental' && loan.feeCents !== undefined
      ? format.fill(texts.feeAndDeposit, {
          fee: euros(format.localeTag, loan.feeCents),
          deposit: euros(format.localeTag, loan.depositCents ?? 0),
        })
      : texts.loanKinds[loan.kind];
  return (
    <>
      <span class={`card__detail loans-loan-status loans-loan-status--${loan.status}`}>
        {texts.loanStatuses[loan.status]}
        {loan.number && ` · ${format.fill(texts.number, { number: loan.number })}`}
      </span>
      <span class="card__detail">
        {format.fill(texts.span, { start: format.date(loan.startDate), end: format.date(loan.endDate) })}
        {` · ${terms}`}
      </span>
      {loan.status === 'refused' && loan.decision?.reason && (
        <span class="card__detail">{format.fill(texts.mine.reason, { reason: loan.decision.reason })}</span>
      )}
    </>
  );
};

/** The statuses of a loan that has its form (contract, signature, hand-over, return): granted, and after. */
const withForm: readonly LoanStatus[] = ['approved', 'signed', 'out', 'returned'];

/** A loan's title, a link to its form once it has one (`/prets/<loanId>`). */
export const LoanTitle = ({ loan, format }: { loan: LoanView; format: Format }) =>
  withForm.includes(loan.status) ? (
    <Link href={paths.loan(loan.loanId)} class="loans-loan__title">
      {loanTitle(loan, format)}
    </Link>
  ) : (
    <span class="loans-loan__title">{loanTitle(loan, format)}</span>
  );
