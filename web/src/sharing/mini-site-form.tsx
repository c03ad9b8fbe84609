import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { InputField, SelectField } from '../planning/fields';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { LoadFailure, Loading } from '../shell/loading/load-failure';
import { useLoad } from '../shell/loading/use-load';
import { CopyLink } from './copy-link';
import type { MiniSiteTab, SiteWithAddress } from './sharing-types';
import { TabPicker } from './tab-picker';
import { describeTab, loadTabSources, type TabSources } from './tab-sources';

interface MiniSiteFormProps {
  api: Api;
  format: Format;
  onPublished: () => void;
}

const maxTabs = 8;

/** `Nouveau mini-site`: its tabs are chosen from the school's projects, places and classes, once they load. */
export const MiniSiteForm = ({ api, format, onPublished }: MiniSiteFormProps) => {
  const texts = format.messages.sharing.form;
  const load = useCallback(
    (signal: AbortSignal) => loadTabSources(api, format.localeTag, signal),
    [api, format.localeTag],
  );
  const { state, retry } = useLoad(load);
  return (
    <section class="result" aria-labelledby="new-mini-site-title">
      <h3 id="new-mini-site-title">{texts.title}</h3>
      {state.status === 'loading' && <Loading format={format} />}
      {state.status === 'failed' && <LoadFailure error={state.error} format={format} retry={retry} />}
      {state.status === 'loaded' && (
        <ComposeForm api={api} format={format} sources={state.value} onPublished={onPublished} />
      )}
    </section>
  );
};

interface ComposeFormProps extends MiniSiteFormProps {
  sources: TabSources;
}

/** Publishing, or why the last attempt was refused: a field left empty, or the API's reason. */
interface PublishStatus {
  publishing: boolean;
  missing?: 'name' | 'tabs';
  error?: string;
}

const ComposeForm = ({ api, format, sources, onPublished }: ComposeFormProps) => {
  const texts = format.messages.sharing.form;
  const errorId = useId();
  const tabsId = useId();
  const [name, setName] = useState('');
  const [locale, setLocale] = useState<'fr' | 'en'>(format.messages.language === 'en' ? 'en' : 'fr');
  const [tabs, setTabs] = useState<MiniSiteTab[]>([]);
  const [status, setStatus] = useState<PublishStatus>({ publishing: false });
  const [published, setPublished] = useState<Required<SiteWithAddress>>();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.publishing) return;
    if (!name.trim()) return setStatus({ publishing: false, missing: 'name' });
    if (tabs.length === 0) return setStatus({ publishing: false, missing: 'tabs' });
    setStatus({ publishing: true });
    try {
      const created = await api.createMiniSite({ name: name.trim(), locale, tabs });
      setPublished(created);
      setName('');
      setTabs([]);
      setStatus({ publishing: false });
      onPublished();
    } catch (error) {
      setStatus({
        publishing: false,
        error: format.fill(texts.failed, { reason: failureReason(error, format) }),
      });
    }
  };

  const message =
    status.missing === 'name'
      ? texts.missingName
      : status.missing === 'tabs'
        ? texts.missingTabs
        : status.error;
  return (
    <>
      <p class="form__status" role="status">
        {published && format.fill(texts.published, { name: published.site.name })}
      </p>
      {published && (
        <div class="notice notice--ok published">
          <CopyLink label={texts.address} url={published.url} format={format} />
          <p>
            <a class="button button--small" href={published.url} target="_blank" rel="noopener noreferrer">
              {format.messages.sharing.sites.open}
              <span class="visually-hidden"> {format.messages.sharing.sites.newTab}</span>
            </a>
          </p>
        </div>
      )}
      <form class="form planning-form" noValidate onSubmit={submit}>
        <InputField
          label={texts.name}
          type="text"
          value={name}
          onValue={setName}
          required
          errorId={status.missing === 'name' ? errorId : undefined}
        />
        <SelectField
          label={texts.language}
          value={locale}
          onValue={(value) => setLocale(value as 'fr' | 'en')}
        >
          <option value="fr">{texts.languages.fr}</option>
          <option value="en">{texts.languages.en}</option>
        </SelectField>
        <section class="tab-list" aria-labelledby={tabsId}>
          <h4 id={tabsId}>{texts.tabs}</h4>
          {tabs.length === 0 ? (
            <p class="muted">{texts.noTabs}</p>
          ) : (
            <ol>
              {tabs.map((tab, index) => {
                const described = describeTab(tab, sources, format);
                return (
                  <li key={index}>
                    <span>{described}</span>
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      onClick={() => setTabs(tabs.filter((_, each) => each !== index))}
                    >
                      {texts.remove}
                      <span class="visually-hidden"> — {described}</span>
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        <TabPicker
          format={format}
          sources={sources}
          full={tabs.length >= maxTabs}
          onAdd={(tab) => {
            setTabs([...tabs, tab]);
            if (status.missing === 'tabs') setStatus({ publishing: false });
          }}
        />
        <FormAlert id={errorId} message={message} />
        <button type="submit" class="button" aria-disabled={status.publishing}>
          {status.publishing ? texts.publishing : texts.submit}
        </button>
      </form>
    </>
  );
};
