import { useCallback, useState } from 'preact/hooks';
import type { Api } from '../api';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { LoadedList } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import type { RenewalLine } from './loans-api';

/**
 * The renewals part of « Mes prêts » (`/mes-prets`): a borrower's renewals to answer, and their children's for a
 * guardian, « Renouveler » or « Rendre », until staff decide. Shown while a campaign gives some to answer; the old
 * address `/mes-instruments`, which reminders already sent lead to, redirects to the page.
 */
export const MyRenewals = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.loansFollowUp;
  const { state, retry } = useLoad(
    useCallback((signal: AbortSignal) => api.myRenewals(signal).then((answer) => answer.renewals), [api]),
  );
  // Nothing to answer (no campaign open, or every renewal decided): the page shows the loans only.
  if (state.status === 'loaded' && state.value.length === 0) return null;
  if (state.status === 'loading') return null;
  return (
    <section class="stack--loose" aria-labelledby="my-renewals-title">
      <div>
        <h3 id="my-renewals-title">{texts.myTitle}</h3>
        <p class="page__intro">{texts.myIntro}</p>
      </div>
      <LoadedList state={state} retry={retry} format={format} none={texts.noMyRenewals}>
        {(renewals) => (
          <ul class="loans-items">
            {renewals.map((renewal) => (
              <Renewal key={renewal.loanId} api={api} format={format} renewal={renewal} />
            ))}
          </ul>
        )}
      </LoadedList>
    </section>
  );
};

const Renewal = ({ api, format, renewal }: { api: Api; format: Format; renewal: RenewalLine }) => {
  const texts = format.messages.loansFollowUp;
  const [answer, setAnswer] = useState(renewal.answer);
  const [status, setStatus] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const send = async (chosen: 'renew' | 'return') => {
    setStatus({ busy: true });
    try {
      await api.answerRenewal(renewal.loanId, chosen);
      setAnswer(chosen);
      setStatus({ busy: false });
    } catch (error) {
      setStatus({ busy: false, error: failureReason(error, format) });
    }
  };
  return (
    <li class="card stack">
      <span class="card__title">
        {format.message(texts.renewalOf, {
          instrument: renewal.kind,
          name: renewal.borrower.firstName,
          start: format.date(renewal.startDate),
          end: format.date(renewal.endDate),
        })}
      </span>
      {answer && (
        <span class="card__detail" role="status">
          {format.message(texts.answered, { answer: texts.answers[answer] ?? answer })}
        </span>
      )}
      <div class="loans-actions">
        <button
          type="button"
          class={answer === 'renew' ? 'button' : 'button button--secondary'}
          aria-pressed={answer === 'renew'}
          aria-disabled={status.busy}
          onClick={() => !status.busy && void send('renew')}
        >
          {texts.renew}
        </button>
        <button
          type="button"
          class={answer === 'return' ? 'button' : 'button button--secondary'}
          aria-pressed={answer === 'return'}
          aria-disabled={status.busy}
          onClick={() => !status.busy && void send('return')}
        >
          {texts.giveBack}
        </button>
      </div>
      {status.error && (
        <p class="notice notice--error" role="alert">
          {status.error}
        </p>
      )}
    </li>
  );
};
