import { useCallback, useEffect, useId, useState } from 'preact/hooks';
import type { Item } from '#domain/loans/item';
import { type ItemFamily, itemFamilies } from '#domain/loans/item-values';
import type { Api } from '../api';
import { paths } from '../routes';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { Loaded } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import { Link } from '../shell/routing/link';
import { navigate } from '../shell/routing/navigation';
import { saveFile } from './download-file';

interface InventoryPageProps {
  api: Api;
  format: Format;
  family: string;
}

export const familyOf = (value: string): ItemFamily =>
  (itemFamilies as readonly string[]).includes(value) ? (value as ItemFamily) : 'strings';

/** `/instruments?famille=…`: a family's items, a filter, the labels, the CSV, the import and the catalogues. */
export const InventoryPage = ({ api, format, family: asked }: InventoryPageProps) => {
  const texts = format.messages.loans;
  const family = familyOf(asked);
  const id = useId();
  const [words, setWords] = useState('');
  const [filter, setFilter] = useState('');
  const [pages, setPages] = useState<{ items: Item[]; cursor?: string; busy: boolean; error?: string }>({
    items: [],
    busy: true,
  });
  const loadPage = useCallback(
    async (cursor?: string) => {
      setPages((before) => ({ ...before, busy: true, error: undefined }));
      try {
        const page = await api.items(family, { q: filter, cursor });
        setPages((before) => ({
          items: cursor ? [...before.items, ...page.items] : page.items,
          cursor: page.cursor,
          busy: false,
        }));
      } catch (error) {
        setPages((before) => ({ ...before, busy: false, error: failureReason(error, format) }));
      }
    },
    [api, family, filter, format],
  );
  useEffect(() => {
    void loadPage();
  }, [loadPage]);
  return (
    <section class="page loans stack--loose" aria-labelledby="instruments-title">
      <div>
        <h2 id="instruments-title">{texts.title}</h2>
        <p class="page__intro">{texts.intro}</p>
      </div>
      <form
        class="form loans-filter"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(words.trim());
        }}
      >
        <div class="field">
          <label for={`${id}-family`}>{texts.family}</label>
          <select
            id={`${id}-family`}
            value={family}
            onChange={(event) => navigate(paths.instruments(event.currentTarget.value), { replace: true })}
          >
            {itemFamilies.map((each) => (
              <option key={each} value={each}>
                {texts.families[each]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-words`}>{texts.search}</label>
          <input
            id={`${id}-words`}
            type="search"
            value={words}
            onInput={(event) => setWords(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button--secondary">
          {texts.searchButton}
        </button>
      </form>
      <div class="loans-actions">
        <Link href={paths.newInstrument(family)} class="button">
          {texts.add}
        </Link>
        <Download
          format={format}
          label={texts.labels}
          fetch={() => api.labelsPdf(family)}
          name={`etiquettes-${family}.pdf`}
        />
        <Download
          format={format}
          label={texts.exportCsv}
          fetch={() => api.inventoryCsv()}
          name="inventaire-instruments.csv"
        />
        <Link href={paths.instrumentsImport} class="button button--secondary">
          {texts.importCsv}
        </Link>
        <Link href={paths.instrumentsOverdue} class="button button--secondary">
          {format.messages.loansFollowUp.overdueLink}
        </Link>
        <Link href={paths.instrumentsRenewals()} class="button button--secondary">
          {format.messages.loansFollowUp.renewalsLink}
        </Link>
      </div>
      {!pages.busy && !pages.error && pages.items.length === 0 ? (
        <p class="muted">{texts.noItems}</p>
      ) : (
        <ul class="loans-items" aria-busy={pages.busy}>
          {pages.items.map((item) => (
            <li key={item.itemId} class="card">
              <Link href={paths.instrument(item.itemId)} class="card__title">
                {item.kind}
              </Link>
              <span class="card__detail">
                {[
                  item.maker,
                  item.model,
                  item.serialNumber && format.fill(texts.serialShort, { serial: item.serialNumber }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span class={`card__detail loans-status loans-status--${item.status}`}>
                {`${texts.statuses[item.status]} · ${texts.conditions[item.condition]}${item.location ? ` · ${item.location}` : ''}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {pages.error && (
        <p class="notice notice--error" role="alert">
          {pages.error}
        </p>
      )}
      {pages.cursor && (
        <button
          type="button"
          class="button button--secondary"
          aria-disabled={pages.busy}
          onClick={() => !pages.busy && void loadPage(pages.cursor)}
        >
          {texts.more}
        </button>
      )}
      <Catalogues api={api} format={format} />
    </section>
  );
};

const Download = ({
  format,
  label,
  fetch,
  name,
}: {
  format: Format;
  label: string;
  fetch: () => Promise<Blob>;
  name: string;
}) => {
  const [status, setStatus] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const run = async () => {
    setStatus({ busy: true });
    try {
      saveFile(await fetch(), name);
      setStatus({ busy: false });
    } catch (error) {
      setStatus({ busy: false, error: failureReason(error, format) });
    }
  };
  return (
    <>
      <button
        type="button"
        class="button button--secondary"
        aria-disabled={status.busy}
        onClick={() => !status.busy && void run()}
      >
        {label}
      </button>
      {status.error && (
        <p class="notice notice--error" role="alert">
          {status.error}
        </p>
      )}
    </>
  );
};

/** The public catalogues' addresses, for the school's website, and the button that writes them all again. */
const Catalogues = ({ api, format }: { api: Api; format: Format }) => {
  const texts = format.messages.loans;
  const load = useCallback((signal: AbortSignal) => api.catalogues(signal), [api]);
  const { state, retry } = useLoad(load);
  const [status, setStatus] = useState<{ busy: boolean; done?: boolean; error?: string }>({ busy: false });
  const publish = async () => {
    setStatus({ busy: true });
    try {
      await api.publishCatalogues();
      setStatus({ busy: false, done: true });
    } catch (error) {
      setStatus({ busy: false, error: failureReason(error, format) });
    }
  };
  return (
    <section class="loans-catalogues stack" aria-labelledby="catalogues-title">
      <h3 id="catalogues-title">{texts.catalogues}</h3>
      <p class="muted">{texts.cataloguesIntro}</p>
      <Loaded state={state} format={format} retry={retry}>
        {(links) => (
          <ul class="loans-catalogues__links">
            <li>
              <a href={links.index}>{texts.allCatalogues}</a>
            </li>
            {links.families.map((each) => (
              <li key={each.family}>
                <a href={each.url}>{texts.families[each.family]}</a>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      <button
        type="button"
        class="button button--secondary"
        aria-disabled={status.busy}
        onClick={() => !status.busy && void publish()}
      >
        {texts.publish}
      </button>
      <div role="status">{status.done && <p class="notice">{texts.published}</p>}</div>
      {status.error && (
        <p class="notice notice--error" role="alert">
          {status.error}
        </p>
      )}
    </section>
  );
};
