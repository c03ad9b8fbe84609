import { useId, useState } from 'preact/hooks';
import type { MessagingSettingsInput } from '#domain/messaging/messaging-settings';
import { settableProfiles } from '#domain/messaging/messaging-settings';
import type { Grant } from '#domain/messaging/who-may-write';
import type { Api } from '../api';
import type { Me } from '../people/person';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import type { MessagingSettingsAnswer } from './safety-api';

interface PageProps {
  api: Api;
  format: Format;
  me: Me;
}

/** « Règles de la messagerie »: who may write to whom, as the school narrows it, and how long messages are kept. */
export const MessagingRulesPage = ({ api, format, me }: PageProps) => {
  const words = format.messages.messagingSafety;
  return (
    <section class="page" aria-labelledby="messaging-rules-title">
      <h2 id="messaging-rules-title">{words.settingsTitle}</h2>
      <p class="page__intro">{words.settingsIntro}</p>
      {me.profiles.includes('school-admin') ? (
        <RulesForm api={api} format={format} />
      ) : (
        <p class="notice">{words.reserved}</p>
      )}
    </section>
  );
};

const inputOf = ({ settings }: MessagingSettingsAnswer): MessagingSettingsInput => ({
  whoMayWrite: Object.fromEntries(
    settableProfiles.map((profile) => [profile, [...settings.whoMayWrite[profile]]]),
  ) as MessagingSettingsInput['whoMayWrite'],
  replyAllLimit: settings.replyAllLimit,
  retentionDays: settings.retentionDays,
});

const RulesForm = ({ api, format }: Omit<PageProps, 'me'>) => {
  const words = format.messages.messagingSafety;
  const { state, retry } = useLoad(api.messagingSettings);
  const [draft, setDraft] = useState<MessagingSettingsInput | undefined>(undefined);
  const [outcome, setOutcome] = useState<{ saved?: boolean; error?: unknown }>({});
  const replyId = useId();
  const retentionId = useId();
  if (state.status === 'loading') return <Loading format={format} />;
  if (state.status === 'failed') return <LoadFailure error={state.error} format={format} retry={retry} />;
  const value = draft ?? inputOf(state.value);
  const change = (next: MessagingSettingsInput) => {
    setDraft(next);
    setOutcome({});
  };
  const toggle = (profile: (typeof settableProfiles)[number], grant: Grant, checked: boolean) =>
    change({
      ...value,
      whoMayWrite: {
        ...value.whoMayWrite,
        [profile]: state.value.grantsFor[profile].filter((each) =>
          each === grant ? checked : value.whoMayWrite[profile].includes(each),
        ),
      },
    });
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      setDraft(inputOf(await api.saveMessagingSettings(value)));
      setOutcome({ saved: true });
    } catch (error) {
      setOutcome({ error });
    }
  };
  return (
    <form class="form stack" onSubmit={save}>
      {settableProfiles.map((profile) => (
        <fieldset key={profile} class="choices framed">
          <legend>{format.fill(words.profileLegend, { profile: format.profile(profile) })}</legend>
          {state.value.grantsFor[profile]
            .filter((grant) => grant !== 'everyone' || profile === 'staff')
            .map((grant) => (
              <label key={grant} class="choice__option">
                <input
                  type="checkbox"
                  checked={value.whoMayWrite[profile].includes(grant)}
                  onChange={(event) => toggle(profile, grant, event.currentTarget.checked)}
                />
                {words.grants[grant]}
              </label>
            ))}
        </fieldset>
      ))}
      <div class="field">
        <label for={replyId}>{words.replyAllLimit}</label>
        <input
          id={replyId}
          type="number"
          inputMode="numeric"
          min={2}
          max={35}
          required
          value={value.replyAllLimit}
          onInput={(event) => change({ ...value, replyAllLimit: Number(event.currentTarget.value) })}
        />
        <p class="field__hint">{words.replyAllHint}</p>
      </div>
      <div class="field">
        <label for={retentionId}>{words.retentionDays}</label>
        <input
          id={retentionId}
          type="number"
          inputMode="numeric"
          min={0}
          max={365}
          required
          value={value.retentionDays}
          onInput={(event) => change({ ...value, retentionDays: Number(event.currentTarget.value) })}
        />
        <p class="field__hint">{words.retentionHint}</p>
      </div>
      <p>
        <button type="submit" class="button">
          {words.save}
        </button>
      </p>
      <div role="status">{outcome.saved && <p class="notice notice--ok">{words.saved}</p>}</div>
      {outcome.error !== undefined && (
        <p class="notice notice--error" role="alert">
          {failureReason(outcome.error, format)}
        </p>
      )}
    </form>
  );
};
