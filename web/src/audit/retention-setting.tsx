import { useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { ApiError } from '../shell/http/api-errors';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';

/** How long the trail keeps its entries: a year unless the school sets otherwise, from 30 days to ten years. */
export const RetentionSetting = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.audit.retention;
  const titleId = useId();
  const inputId = useId();
  const hintId = useId();
  const { state, retry } = useLoad(api.auditSettings);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [outcome, setOutcome] = useState<{ saved?: number; error?: unknown }>({});

  if (state.status === 'loading') return <Loading format={format} />;
  if (state.status === 'failed') return <LoadFailure error={state.error} format={format} retry={retry} />;
  const value = draft ?? String(state.value.retentionDays);

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      const saved = await api.saveAuditSettings({ retentionDays: Number(value) });
      setOutcome({ saved: saved.retentionDays });
    } catch (error) {
      setOutcome({ error });
    }
  };

  return (
    <section class="stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{texts.title}</h3>
      <form class="form audit-retention" onSubmit={save}>
        <div class="field">
          <label for={inputId}>{texts.label}</label>
          <input
            id={inputId}
            type="number"
            inputMode="numeric"
            min={30}
            max={3650}
            step={1}
            required
            aria-describedby={hintId}
            value={value}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              setOutcome({});
            }}
          />
          <p id={hintId} class="field__hint">
            {texts.hint}
          </p>
        </div>
        <p>
          <button type="submit" class="button">
            {texts.save}
          </button>
        </p>
        <p role="status" class={outcome.saved ? 'notice notice--ok' : 'visually-hidden'}>
          {outcome.saved ? format.fill(texts.saved, { days: format.number(outcome.saved) }) : ''}
        </p>
        {outcome.error !== undefined && (
          <p class="notice notice--error" role="alert">
            {outcome.error instanceof ApiError && outcome.error.field === 'retentionDays'
              ? texts.invalid
              : failureReason(outcome.error, format)}
          </p>
        )}
      </form>
    </section>
  );
};
