import { useId, useState } from 'preact/hooks';
import { auditActions } from '#domain/audit/audit-entry';
import type { Api } from '../api';
import { readsAudit } from '../people/abilities';
import type { Me } from '../people/person';
import { paths } from '../routes';
import { fieldProblemsOf, fieldProblemText } from '../shell/http/api-error-words';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import { todayIn } from '../shell/i18n/calendar-dates';
import type { Format } from '../shell/i18n/format';
import { Link } from '../shell/routing/link';
import {
  type AuditFilters,
  auditFiltersFromSearch,
  exportFileName,
  noAuditFilters,
  searchOfAuditFilters,
} from './audit-filters';
import { actionText, entryRow } from './audit-text';
import { RetentionSetting } from './retention-setting';
import { type AuditTrailState, useAuditTrail } from './use-audit-trail';

interface AuditPageProps {
  api: Api;
  format: Format;
  me: Me;
}

/** « Journal »: who changed, published, revoked or signed in, and when; filters, older pages, a CSV export. */
export const AuditPage = ({ api, format, me }: AuditPageProps) => {
  const texts = format.messages.audit;
  return (
    <section class="page" aria-labelledby="audit-title">
      <h2 id="audit-title">{texts.title}</h2>
      {readsAudit(me.profiles) ? (
        <AuditView api={api} format={format} />
      ) : (
        <p class="notice">{texts.reserved}</p>
      )}
    </section>
  );
};

const AuditView = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.audit;
  const [filters, setFilters] = useState(() => auditFiltersFromSearch(location.search));
  const { state, more, retry } = useAuditTrail(api, filters);
  const apply = (next: AuditFilters) => {
    setFilters(next);
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${searchOfAuditFilters(next)}${location.hash}`,
    );
  };
  return (
    <div class="stack">
      <p class="muted">{texts.intro}</p>
      <FiltersForm initial={filters} format={format} onApply={apply} />
      <ExportButton api={api} format={format} filters={filters} />
      <Entries state={state} format={format} more={more} retry={retry} />
      <RetentionSetting api={api} format={format} />
    </div>
  );
};

interface FiltersFormProps {
  initial: AuditFilters;
  format: Format;
  onApply: (filters: AuditFilters) => void;
}

const FiltersForm = ({ initial, format, onApply }: FiltersFormProps) => {
  const texts = format.messages.audit;
  const [draft, setDraft] = useState(initial);
  const ids = { from: useId(), to: useId(), action: useId(), actor: useId(), subject: useId() };
  const field = (name: 'from' | 'to' | 'actor' | 'subject') => (
    <div class="filters__field">
      <label for={ids[name]}>{texts.filters[name]}</label>
      {name === 'from' || name === 'to' ? (
        <input
          id={ids[name]}
          type="date"
          value={draft[name]}
          onInput={(event) => setDraft({ ...draft, [name]: event.currentTarget.value })}
        />
      ) : (
        <input
          id={ids[name]}
          type="text"
          value={draft[name]}
          onInput={(event) => setDraft({ ...draft, [name]: event.currentTarget.value })}
        />
      )}
    </div>
  );
  return (
    <search class="filters audit-filters" aria-label={texts.filters.label}>
      <form
        class="audit-filters__form"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(draft);
        }}
      >
        {field('from')}
        {field('to')}
        <div class="filters__field">
          <label for={ids.action}>{texts.filters.action}</label>
          <select
            id={ids.action}
            value={draft.action}
            onChange={(event) =>
              setDraft({ ...draft, action: event.currentTarget.value as AuditFilters['action'] })
            }
          >
            <option value="">{texts.filters.anyAction}</option>
            {auditActions.map((action) => (
              <option key={action} value={action}>
                {actionText(format, action)}
              </option>
            ))}
          </select>
        </div>
        {field('actor')}
        {field('subject')}
        <div class="audit-filters__buttons">
          <button type="submit" class="button">
            {texts.filters.apply}
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setDraft(noAuditFilters);
              onApply(noAuditFilters);
            }}
          >
            {texts.filters.reset}
          </button>
        </div>
      </form>
    </search>
  );
};

/** Why the trail did not load: a filter the API refused is named, anything else said as it is. */
const problemText = (error: unknown, format: Format) => {
  const texts = format.messages.audit;
  if (error instanceof ApiError && error.status === 400 && error.field) {
    const names = texts.filters as Record<string, string>;
    const name = Object.hasOwn(names, error.field) ? names[error.field] : error.field;
    const [problem] = fieldProblemsOf(error);
    const reason = problem ? fieldProblemText(problem, format) : format.messages.apiErrors.invalid_input;
    return format.fill(texts.invalidFilter, { field: name ?? error.field, reason });
  }
  if (error instanceof ApiError && error.status === 403) return texts.reserved;
  return format.fill(texts.loadError, { reason: failureReason(error, format) });
};

interface EntriesProps {
  state: AuditTrailState;
  format: Format;
  more: () => void;
  retry: () => void;
}

const Entries = ({ state, format, more, retry }: EntriesProps) => {
  const texts = format.messages.audit;
  const titleId = useId();
  return (
    <section class="stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{texts.entries}</h3>
      <p role="status" class="muted">
        {state.status === 'loading'
          ? texts.loading
          : state.status === 'loaded' && format.count(texts.entryCount, state.entries.length)}
      </p>
      {state.status === 'failed' && (
        <div class="notice notice--error" role="alert">
          <p>{problemText(state.error, format)}</p>
          <button type="button" class="button" onClick={retry}>
            {format.messages.retry}
          </button>
        </div>
      )}
      {state.status === 'loaded' && state.entries.length === 0 && <p class="notice">{texts.none}</p>}
      {state.entries.length > 0 && (
        <table class="audit" aria-labelledby={titleId} aria-busy={state.status === 'loading'}>
          <thead>
            <tr>
              <th scope="col">{texts.columns.when}</th>
              <th scope="col">{texts.columns.what}</th>
              <th scope="col">{texts.columns.who}</th>
              <th scope="col">{texts.columns.subject}</th>
              <th scope="col">{texts.columns.details}</th>
            </tr>
          </thead>
          <tbody>
            {state.entries.map((entry) => {
              const row = entryRow(format, entry, state.names);
              return (
                <tr key={row.key}>
                  <td data-label={texts.columns.when}>
                    <time dateTime={entry.at}>{row.when}</time>
                  </td>
                  <td data-label={texts.columns.what}>{row.what}</td>
                  <td data-label={texts.columns.who}>
                    {entry.actor.kind === 'person' ? (
                      <Link href={paths.person(entry.actor.id)}>{row.who}</Link>
                    ) : (
                      row.who
                    )}
                  </td>
                  <td data-label={texts.columns.subject}>
                    {entry.subject.kind === 'person' ? (
                      <Link href={paths.person(entry.subject.id)}>{row.subject}</Link>
                    ) : (
                      row.subject
                    )}
                  </td>
                  <td data-label={texts.columns.details}>{row.details}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {state.status === 'loaded' && state.nextCursor && (
        <p>
          <button type="button" class="button button--secondary" onClick={more}>
            {texts.more}
          </button>
        </p>
      )}
    </section>
  );
};

const ExportButton = ({ api, format, filters }: { api: Api; format: Format; filters: AuditFilters }) => {
  const texts = format.messages.audit;
  const [status, setStatus] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const download = async () => {
    setStatus({ busy: true });
    try {
      const file = await api.auditExport(filters);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = exportFileName(filters, todayIn(format.timeZone));
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setStatus({ busy: false });
    } catch (error) {
      setStatus({ busy: false, error });
    }
  };
  return (
    <div class="stack">
      <p>
        <button type="button" class="button button--secondary" onClick={download} disabled={status.busy}>
          {status.busy ? texts.exporting : texts.export}
        </button>
      </p>
      {status.error !== undefined && (
        <p class="notice notice--error" role="alert">
          {problemText(status.error, format)}
        </p>
      )}
    </div>
  );
};
