import { useCallback, useState } from 'preact/hooks';
import type { LoanStatus } from '#domain/loans/loan';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { LoanFacts, LoanTitle } from './loan-words';
import type { LoanView } from './loans-api';
import { MyRenewals } from './my-renewals';

/** The statuses a requester may still cancel from: before the item is handed over. */
const cancellable: readonly LoanStatus[] = ['requested', 'waitlisted', 'approved', 'signed'];

/**
 * `/mes-prets`: one's requests and loans, and one's children's, each with its status and a link to its form; a
 * request to cancel; then, while a campaign is open, the renewals to answer (`/mes-instruments` redirects here).
 */
export const MyLoansPage = ({ api, format, me }: { api: Api; format: Format; me: Me }) => {
  const texts = format.messages.loans;
  const words = texts.mine;
  const load = useCallback((signal: AbortSignal) => api.listLoans({}, signal), [api]);
  const { state, retry } = useLoad(load, { keepValue: true });
  const [error, setError] = useState<string>();
  const cancel = async (loan: LoanView) => {
    setError(undefined);
    try {
      await api.decideLoan(loan.loanId, { decision: 'cancel', version: loan.version });
      retry();
    } catch (failure) {
      setError(failureReason(failure, format));
    }
  };
  return (
    <section class="page loans stack--loose" aria-labelledby="my-loans-title">
      <div>
        <h2 id="my-loans-title">{words.title}</h2>
        <p class="page__intro">{words.intro}</p>
      </div>
      <div class="loans-actions">
        <Link href={paths.loanRequest()} class="button">
          {words.ask}
        </Link>
      </div>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <Loaded state={state} format={format} retry={retry}>
        {({ loans }: { loans: LoanView[] }) =>
          loans.length === 0 ? (
            <p class="muted">{words.none}</p>
          ) : (
            <ul class="loans-items">
              {loans.map((loan) => (
                <li key={loan.loanId} class="card">
                  <LoanTitle loan={loan} format={format} />
                  {loan.borrowerId !== me.personId && loan.borrowerName && (
                    <span class="card__detail">{loan.borrowerName}</span>
                  )}
                  <LoanFacts loan={loan} format={format} />
                  {cancellable.includes(loan.status) && (
                    <button type="button" class="button button--secondary" onClick={() => void cancel(loan)}>
                      {words.cancel}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <MyRenewals api={api} format={format} />
    </section>
  );
};
