import { useCallback } from 'preact/hooks';
import type { Api } from '../api';
import { paths } from '../routes';
import type { Format } from '../shell/i18n/format';
import { LoadedList } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';

/** `/instruments/relances`: the loans out past their end date, the latest first, with the last reminder sent. */
export const OverduePage = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.loansFollowUp;
  const { state, retry } = useLoad(
    useCallback((signal: AbortSignal) => api.overdueLoans(signal).then((list) => list.items), [api]),
  );
  return (
    <section class="page loans stack--loose" aria-labelledby="overdue-title">
      <div>
        <h2 id="overdue-title">{texts.overdueTitle}</h2>
        <p class="page__intro">{texts.overdueIntro}</p>
      </div>
      <LoadedList state={state} retry={retry} format={format} none={texts.noOverdue}>
        {(items) => (
          <ul class="loans-items loans-overdue">
            {items.map((line) => (
              <li key={line.loanId} class="card">
                {line.itemId ? (
                  <Link href={paths.instrument(line.itemId)} class="card__title">
                    {line.number ? `${line.kind} · ${line.number}` : line.kind}
                  </Link>
                ) : (
                  <span class="card__title">{line.kind}</span>
                )}
                <span class="card__detail">
                  <Link href={paths.person(line.borrower.personId)}>{format.fullName(line.borrower)}</Link>
                  {` · ${format.message(texts.endedOn, { date: format.day(line.endDate) })}`}
                </span>
                <span class={`card__detail loans-overdue__step loans-overdue__step--${line.step}`}>
                  {`${format.message(texts.daysLate, { days: line.daysLate })} · ${texts.steps[String(line.step)]}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
    </section>
  );
};
