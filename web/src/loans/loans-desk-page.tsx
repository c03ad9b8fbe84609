import { useCallback, useId, useState } from 'preact/hooks';
import { catalogueFamilies, type ItemFamily, searchFolded } from '#domain/loans/item';
import type { Api } from '../api';
import { paths } from '../routes';
import { ShareFeedButton } from '../sharing/share-feed-button';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { heldBetween, lendable } from './loan-request-page';
import { LoanRulesForm } from './loan-rules-form';
import { LoanFacts, loanTitle } from './loan-words';
import type { LoanView } from './loans-api';

const tabs = ['requested', 'waitlisted', 'approved'] as const;
type Tab = (typeof tabs)[number];
const tabOf = (value: string): Tab =>
  (tabs as readonly string[]).includes(value) ? (value as Tab) : 'requested';

/**
 * `/prets?statut=…`: the staff's desk: the requests, the waiting list in priority order, the loans granted; a
 * request approved with an item chosen among the free ones of its kind, waitlisted, or refused with a reason.
 */
export const LoansDeskPage = ({ api, format, status }: { api: Api; format: Format; status: string }) => {
  const texts = format.messages.loans;
  const words = texts.desk;
  const tab = tabOf(status);
  const load = useCallback((signal: AbortSignal) => api.listLoans({ status: tab }, signal), [api, tab]);
  const { state, retry } = useLoad(load, { keepValue: true });
  return (
    <section class="page loans stack--loose" aria-labelledby="loans-desk-title">
      <div>
        <h2 id="loans-desk-title">{words.title}</h2>
        <p class="page__intro">{words.intro}</p>
      </div>
      <nav class="loans-actions" aria-label={words.title}>
        {tabs.map((each) => (
          <Link
            key={each}
            href={paths.loansDesk(each)}
            class={each === tab ? 'button' : 'button button--secondary'}
            current={each === tab}
          >
            {words.tabs[each]}
          </Link>
        ))}
      </nav>
      <Loaded state={state} format={format} retry={retry}>
        {({ loans }: { loans: LoanView[] }) =>
          loans.length === 0 ? (
            <p class="muted">{words.none}</p>
          ) : (
            <ul class="loans-items">
              {loans.map((loan) => (
                <li key={loan.loanId} class="card stack">
                  <span class="loans-loan__title">{loanTitle(loan, format)}</span>
                  <span class="card__detail">
                    {loan.borrowerName}
                    {loan.firstLoan && ` · ${texts.firstLoan}`}
                  </span>
                  <LoanFacts loan={loan} format={format} />
                  {loan.note && <span class="card__detail">« {loan.note} »</span>}
                  {(loan.status === 'requested' || loan.status === 'waitlisted') && (
                    <Decision api={api} format={format} loan={loan} decided={retry} />
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <FamilyFeed api={api} format={format} />
      <LoanRulesForm api={api} format={format} />
    </section>
  );
};

/** « Abonnement agenda »: a signed calendar link of a family's held spans, for staff, naming nobody. */
const FamilyFeed = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.loans;
  const words = texts.desk;
  const [family, setFamily] = useState<ItemFamily>('strings');
  const id = useId();
  return (
    <section class="card stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.feedTitle}</h3>
      <p class="card__detail">{words.feedIntro}</p>
      <div class="field">
        <label for={`${id}-family`}>{words.feedFamily}</label>
        <select
          id={`${id}-family`}
          value={family}
          onChange={(event) => setFamily(event.currentTarget.value as ItemFamily)}
        >
          {catalogueFamilies.map((each) => (
            <option key={each} value={each}>
              {texts.families[each]}
            </option>
          ))}
        </select>
      </div>
      <ShareFeedButton
        key={family}
        api={api}
        format={format}
        selection={{ kind: 'instrument-family', id: family }}
        own={false}
        label={words.feedButton}
      />
    </section>
  );
};

/** A request's decision: an item among the free ones of its kind, or the waiting list, or a refusal and why. */
const Decision = ({
  api,
  format,
  loan,
  decided,
}: {
  api: Api;
  format: Format;
  loan: LoanView;
  decided: () => void;
}) => {
  const words = format.messages.loans.desk;
  const id = useId();
  const family = loan.family ?? loan.wanted?.family ?? 'strings';
  const month = loan.startDate.slice(0, 7);
  const load = useCallback(
    (signal: AbortSignal) => api.loanAvailability(family, month, signal),
    [api, family, month],
  );
  const { state, retry } = useLoad(load);
  const [itemId, setItemId] = useState(loan.itemId ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const decide = async (decision: 'approve' | 'waitlist' | 'refuse') => {
    setError(undefined);
    try {
      await api.decideLoan(loan.loanId, {
        decision,
        version: loan.version,
        ...(decision === 'approve' && itemId && { itemId }),
        ...(decision === 'refuse' && reason.trim() && { reason: reason.trim() }),
      });
      decided();
    } catch (failure) {
      setError(failureReason(failure, format));
      retry();
    }
  };
  const kind = searchFolded(loan.itemKind ?? loan.wanted?.kind ?? '');
  return (
    <div class="stack">
      <Loaded state={state} format={format} retry={retry}>
        {(availability) => {
          const free = availability.items.filter(
            (item) =>
              lendable(item) &&
              searchFolded(item.kind) === kind &&
              (item.itemId === loan.itemId || !heldBetween(item, loan.startDate, loan.endDate)),
          );
          return free.length === 0 ? (
            <p class="muted">{words.noFreeItem}</p>
          ) : (
            <div class="field">
              <label for={`${id}-item`}>{words.item}</label>
              <select
                id={`${id}-item`}
                value={itemId}
                onChange={(event) => setItemId(event.currentTarget.value)}
              >
                <option value="">{words.chooseItem}</option>
                {free.map((item) => (
                  <option key={item.itemId} value={item.itemId}>
                    {[item.kind, item.maker, item.model].filter(Boolean).join(' · ')}
                    {heldBetween(item, loan.startDate, loan.endDate)
                      ? ` — ${format.messages.loans.request.heldOn}`
                      : ''}
                  </option>
                ))}
              </select>
            </div>
          );
        }}
      </Loaded>
      <div class="loans-actions">
        <button type="button" class="button" disabled={!itemId} onClick={() => void decide('approve')}>
          {words.approve}
        </button>
        {loan.status === 'requested' && (
          <button type="button" class="button button--secondary" onClick={() => void decide('waitlist')}>
            {words.waitlist}
          </button>
        )}
      </div>
      <div class="field">
        <label for={`${id}-reason`}>{words.reason}</label>
        <input
          id={`${id}-reason`}
          value={reason}
          maxLength={500}
          onInput={(event) => setReason(event.currentTarget.value)}
        />
      </div>
      <button
        type="button"
        class="button button--secondary"
        disabled={!reason.trim()}
        onClick={() => void decide('refuse')}
      >
        {words.refuse}
      </button>
      <FormAlert id={`${id}-error`} message={error} />
    </div>
  );
};
