import { useCallback, useId, useState } from 'preact/hooks';
import type { Api } from '../api';
import { FormAlert } from '../shell/forms/form-alert';
import { failureReason } from '../shell/http/failure-reason';
import type { Format } from '../shell/i18n/format';
import { LoadedList } from '../shell/loading/loaded';
import { useLoad } from '../shell/loading/use-load';
import type { ShelfLink } from './homework-types';

interface ShelfProps {
  api: Api;
  format: Format;
  classId: string;
  /** What the shelf is of, in its heading: the class's label, when several shelves share a page. */
  label?: string;
  /** Its teachers add links and take them off. */
  editable?: boolean;
}

/** A class's shelf: the sites its teachers chose, each with why; its teachers keep it. */
export const Shelf = ({ api, format, classId, label, editable = false }: ShelfProps) => {
  const texts = format.messages.homework;
  const load = useCallback((signal: AbortSignal) => api.homeworkShelf(classId, signal), [api, classId]);
  const { state, retry } = useLoad(load);
  const headingId = `shelf-${classId}`;
  const [error, setError] = useState<string>();
  const remove = async (link: ShelfLink) => {
    setError(undefined);
    try {
      await api.removeShelfLink(classId, link.linkId);
      retry();
    } catch (failure) {
      setError(failureReason(failure, format));
    }
  };
  return (
    <section class="homework-shelf" aria-labelledby={headingId}>
      <h4 id={headingId}>{label ? `${texts.shelf} · ${label}` : texts.shelf}</h4>
      <p class="muted">{texts.shelfIntro}</p>
      <LoadedList state={state} none={texts.noShelf} format={format} retry={retry}>
        {(links) => (
          <ul class="homework-links">
            {links.map((link) => (
              <li key={link.linkId}>
                <a href={link.url} rel="noopener noreferrer" target="_blank">
                  {link.title}
                </a>
                {link.comment && <p class="muted">{link.comment}</p>}
                {editable && (
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => void remove(link)}
                  >
                    {format.fill(texts.removeShelfLink, { title: link.title })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {editable && <AddShelfLink api={api} format={format} classId={classId} onAdded={retry} />}
    </section>
  );
};

const AddShelfLink = ({
  api,
  format,
  classId,
  onAdded,
}: {
  api: Api;
  format: Format;
  classId: string;
  onAdded: () => void;
}) => {
  const texts = format.messages.homework;
  const id = useId();
  const [link, setLink] = useState({ url: '', title: '', comment: '' });
  const [status, setStatus] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const submit = async (event: Event) => {
    event.preventDefault();
    if (status.busy) return;
    setStatus({ busy: true });
    try {
      await api.addShelfLink(classId, link);
      setLink({ url: '', title: '', comment: '' });
      setStatus({ busy: false });
      onAdded();
    } catch (error) {
      setStatus({ busy: false, error: failureReason(error, format) });
    }
  };
  const field = (name: 'url' | 'title' | 'comment', label: string) => (
    <div class="field">
      <label for={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        inputMode={name === 'url' ? 'url' : 'text'}
        value={link[name]}
        onInput={(event) => setLink({ ...link, [name]: event.currentTarget.value })}
      />
    </div>
  );
  return (
    <form class="form homework-shelf__add" noValidate onSubmit={submit}>
      {field('url', texts.linkUrl)}
      {field('title', texts.linkTitle)}
      {field('comment', texts.linkComment)}
      <FormAlert id={`${id}-error`} message={status.error} />
      <button type="submit" class="button button--secondary" aria-disabled={status.busy}>
        {texts.addShelfLink}
      </button>
    </form>
  );
};
