import { useCallback, useId, useState } from 'preact/hooks';
import { followingYear, schoolYearOf } from '#domain/shared/calendar/school-year';
import type { Api } from '../api';
import { paths } from '../routes';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { isHidden } from '../shell/loading/is-hidden';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { navigate } from '../shell/routing/navigation';
import type { CampaignScreen, RenewalOutcome } from './loans-api';

/**
 * `/instruments/renouvellements?annee=…`: the yearly campaign on one screen. Staff open it for next year, then
 * see every renewal with the family's answer, select some and grant or refuse them in one go.
 */
export const CampaignPage = ({ api, format, year: asked }: { api: Api; format: Format; year: string }) => {
  const texts = format.messages.loansFollowUp;
  const id = useId();
  const thisYear = schoolYearOf(format.today());
  const years = [thisYear, followingYear(thisYear)];
  const year = years.includes(asked) ? asked : followingYear(thisYear);
  const { state, retry } = useLoad(
    useCallback(
      (signal: AbortSignal) =>
        api.campaign(year, signal).catch((error: unknown) => {
          if (isHidden(error)) return undefined;
          throw error;
        }),
      [api, year],
    ),
  );
  const [status, setStatus] = useState<{ busy: boolean; note?: string; error?: string }>({ busy: false });
  const open = async () => {
    setStatus({ busy: true });
    try {
      const opened = await api.openCampaign(year);
      setStatus({ busy: false, note: format.message(texts.opened, { created: opened.created }) });
      retry();
    } catch (error) {
      setStatus({ busy: false, error: failureReason(error, format) });
    }
  };
  return (
    <section class="page loans stack--loose" aria-labelledby="campaign-title">
      <div>
        <h2 id="campaign-title">{texts.campaignTitle}</h2>
        <p class="page__intro">{texts.campaignIntro}</p>
      </div>
      <div class="form loans-filter">
        <div class="field">
          <label for={`${id}-year`}>{texts.year}</label>
          <select
            id={`${id}-year`}
            value={year}
            onChange={(event) =>
              navigate(paths.instrumentsRenewals(event.currentTarget.value), { replace: true })
            }
          >
            {years.map((each) => (
              <option key={each} value={each}>
                {each.replace('-', '–')}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          class="button"
          aria-disabled={status.busy}
          onClick={() => !status.busy && void open()}
        >
          {texts.open}
        </button>
      </div>
      {status.note && (
        <p class="notice" role="status">
          {status.note}
        </p>
      )}
      {status.error && (
        <p class="notice notice--error" role="alert">
          {status.error}
        </p>
      )}
      {state.status === 'loading' ? (
        <Loading format={format} />
      ) : state.status === 'failed' ? (
        <LoadFailure error={state.error} format={format} retry={retry} />
      ) : state.value ? (
        <Renewals key={year} api={api} format={format} screen={state.value} reload={retry} />
      ) : (
        <p class="muted">{texts.notOpened}</p>
      )}
    </section>
  );
};

const Renewals = ({
  api,
  format,
  screen,
  reload,
}: {
  api: Api;
  format: Format;
  screen: CampaignScreen;
  reload: () => void;
}) => {
  const texts = format.messages.loansFollowUp;
  const id = useId();
  const open = screen.renewals.filter((renewal) => renewal.status === 'requested');
  // Those who said « je renouvelle » come selected.
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(open.filter((renewal) => renewal.answer === 'renew').map((renewal) => renewal.loanId)),
  );
  const [reason, setReason] = useState('');
  const [outcomes, setOutcomes] = useState<Map<string, RenewalOutcome>>(new Map());
  const [status, setStatus] = useState<{ busy: boolean; note?: string; error?: string }>({ busy: false });
  const toggle = (loanId: string, on: boolean) =>
    setSelected((before) => {
      const next = new Set(before);
      if (on) next.add(loanId);
      else next.delete(loanId);
      return next;
    });
  const decide = async (approve: boolean) => {
    const chosen = [...selected];
    if (chosen.length === 0) return;
    setStatus({ busy: true });
    try {
      const { outcomes: decided } = await api.decideRenewals(screen.campaign.schoolYear, {
        approve: approve ? chosen : [],
        refuse: approve ? [] : chosen,
        ...(!approve && reason.trim() ? { reason: reason.trim() } : {}),
      });
      setOutcomes(new Map(decided.map((outcome) => [outcome.loanId, outcome])));
      const count = (kind: string) =>
        decided.filter((outcome) => 'outcome' in outcome && outcome.outcome === kind).length;
      setStatus({
        busy: false,
        note: format.message(texts.decided, {
          approved: count('approved'),
          refused: count('refused'),
          failed: decided.filter((outcome) => 'code' in outcome).length,
        }),
      });
      setSelected(new Set());
      reload();
    } catch (error) {
      setStatus({ busy: false, error: failureReason(error, format) });
    }
  };
  const errorWords = format.messages.loansErrors as Record<string, string>;
  return (
    <div class="stack">
      <p>
        {format.message(texts.span, {
          start: format.date(screen.campaign.startDate),
          end: format.date(screen.campaign.endDate),
        })}
      </p>
      {screen.renewals.length === 0 ? (
        <p class="muted">{texts.noRenewals}</p>
      ) : (
        <div class="table-scroll">
          <table class="loans-renewals" aria-labelledby="campaign-title">
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={texts.selectAll}
                    checked={open.length > 0 && open.every((renewal) => selected.has(renewal.loanId))}
                    onChange={(event) =>
                      setSelected(
                        event.currentTarget.checked
                          ? new Set(open.map((renewal) => renewal.loanId))
                          : new Set(),
                      )
                    }
                  />
                </th>
                <th scope="col">{texts.borrower}</th>
                <th scope="col">{texts.instrument}</th>
                <th scope="col">{texts.answer}</th>
                <th scope="col">{texts.status}</th>
              </tr>
            </thead>
            <tbody>
              {screen.renewals.map((renewal) => {
                const name = format.fullName(renewal.borrower);
                const outcome = outcomes.get(renewal.loanId);
                return (
                  <tr key={renewal.loanId}>
                    <td>
                      {renewal.status === 'requested' && (
                        <input
                          type="checkbox"
                          aria-label={format.message(texts.select, { name })}
                          checked={selected.has(renewal.loanId)}
                          onChange={(event) => toggle(renewal.loanId, event.currentTarget.checked)}
                        />
                      )}
                    </td>
                    <th scope="row">{name}</th>
                    <td>{renewal.kind}</td>
                    <td>{texts.answers[renewal.answer ?? 'none']}</td>
                    <td>
                      {texts.statuses[renewal.status] ?? renewal.status}
                      {outcome && 'code' in outcome && (
                        <span class="loans-renewals__problem">{` · ${errorWords[outcome.code] ?? outcome.code}`}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {open.length > 0 && (
        <div class="form stack">
          <div class="field">
            <label for={`${id}-reason`}>{texts.reason}</label>
            <input
              id={`${id}-reason`}
              maxLength={500}
              value={reason}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
          </div>
          <div class="loans-actions">
            <button
              type="button"
              class="button"
              aria-disabled={status.busy || selected.size === 0}
              onClick={() => !status.busy && void decide(true)}
            >
              {texts.approve}
            </button>
            <button
              type="button"
              class="button button--secondary"
              aria-disabled={status.busy || selected.size === 0}
              onClick={() => !status.busy && void decide(false)}
            >
              {texts.refuse}
            </button>
          </div>
        </div>
      )}
      {status.note && (
        <p class="notice" role="status">
          {status.note}
        </p>
      )}
      {status.error && (
        <p class="notice notice--error" role="alert">
          {status.error}
        </p>
      )}
    </div>
  );
};
